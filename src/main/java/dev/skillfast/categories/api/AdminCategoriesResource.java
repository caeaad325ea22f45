package dev.skillfast.categories.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.skillfast.audit.domain.AuditAction;
import dev.skillfast.audit.domain.AuditTrail;
import dev.skillfast.categories.domain.Category;
import dev.skillfast.categories.domain.CategoryService;
import dev.skillfast.categories.domain.PublicExpertCounts;
import dev.skillfast.platform.problem.Problem;
import dev.skillfast.platform.rest.Page;

/** Administration of categories. */
@Path("/admin/categories")
@RequestScoped
@Tag(name = "Catalogue")
@Produces(MediaType.APPLICATION_JSON)
public class AdminCategoriesResource {

    @Inject
    AuditTrail audit;

    @Inject
    CategoryService categories;

    @Inject
    PublicExpertCounts expertCounts;

    @GET
    @RolesAllowed("ADMIN")
    @Operation(summary = "All categories, active or not")
    public Page<CategoryResponse> all() {
        return page(categories.all());
    }

    @POST
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a category", description = "Added at the end of the order, active.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = CategoryResponse.class)))
    @APIResponse(responseCode = "409", description = "Slug taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull(message = "a JSON body is required") @Valid CategoryRequests.Create body) {
        Category created = categories.create(body.slug(), body.name(), body.description());
        CategoryResponse view = CategoryResponse.of(created, 0);
        audit.adminAction(AuditAction.CATEGORY_CREATE, "category", created.slug(), null, view, null);
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    @PATCH
    @Path("{slug}")
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename, describe, activate or deactivate a category")
    @APIResponse(responseCode = "404", description = "No such category",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CategoryResponse update(@PathParam("slug") @Size(max = 40) String slug,
                                   @NotNull(message = "a JSON body is required") @Valid CategoryRequests.Update body) {
        Category previous = categories.all().stream().filter(c -> c.slug().equals(slug)).findFirst().orElse(null);
        Category updated = categories.update(slug, body.name(), body.description(), body.active());
        long experts = expertCounts.perCategory().getOrDefault(slug, 0L);
        CategoryResponse after = CategoryResponse.of(updated, experts);
        audit.adminAction(AuditAction.CATEGORY_UPDATE, "category", slug,
                previous == null ? null : CategoryResponse.of(previous, experts), after, null);
        return after;
    }

    @PUT
    @Path("order")
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reorder the categories", description = "The body lists every slug once, in the new order.")
    public Page<CategoryResponse> reorder(@NotNull(message = "a JSON body is required") @Valid CategoryRequests.Reorder body) {
        List<String> before = categories.all().stream().map(Category::slug).toList();
        Page<CategoryResponse> reordered = page(categories.reorder(body.slugs()));
        audit.adminAction(AuditAction.CATEGORY_REORDER, "categories", null, before,
                reordered.items().stream().map(CategoryResponse::slug).toList(), null);
        return reordered;
    }

    private Page<CategoryResponse> page(List<Category> list) {
        return CategoryResponse.page(list, expertCounts.perCategory());
    }
}
