package dev.skillfast.experts.api;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.skillfast.experts.domain.Channel;
import dev.skillfast.experts.domain.ExpertSearchIndex;

/** Experts for a problem described in free text. */
@Path("/match")
@RequestScoped
@Tag(name = "Catalogue")
@Produces(MediaType.APPLICATION_JSON)
public class MatchResource {

    static final int LIMIT = 10;

    @Inject
    ExpertSearchIndex index;

    public record MatchResult(List<ExpertResponses.Summary> items) {
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Find experts for a problem", description = "Public. Up to 10 experts, best first, each with a "
            + "score (0–1) and the words of the description it matched; online and well-rated experts rank higher.")
    public MatchResult match(@NotNull(message = "a JSON body is required") @Valid ExpertRequests.Match body) {
        return new MatchResult(index.match(body.description(), body.channel() == null ? null : Channel.valueOf(body.channel()),
                        body.maxRate(), body.language(), LIMIT).stream()
                .map(hit -> ExpertResponses.summary(hit.profile(), hit.matchedTerms(), hit.score())).toList());
    }
}
