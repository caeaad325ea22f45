package dev.skillfast.categories.api;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.skillfast.categories.domain.Category;
import dev.skillfast.categories.domain.CategoryService;
import dev.skillfast.categories.domain.PublicExpertCounts;
import dev.skillfast.platform.rest.Page;

/** The public category list. */
@Path("/categories")
@RequestScoped
@Tag(name = "Catalogue")
@Produces(MediaType.APPLICATION_JSON)
public class CategoriesResource {

    @Inject
    CategoryService categories;

    @Inject
    PublicExpertCounts expertCounts;

    @GET
    @PermitAll
    @Operation(summary = "Active categories", description = "Public. In display order, each with its number of "
            + "verified experts of active accounts.")
    public Page<CategoryResponse> active() {
        return page(categories.active());
    }

    private Page<CategoryResponse> page(List<Category> list) {
        return CategoryResponse.page(list, expertCounts.perCategory());
    }
}
