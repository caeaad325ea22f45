package dev.skillfast.experts.api;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.skillfast.experts.domain.Avatar;
import dev.skillfast.experts.domain.AvatarImages;
import dev.skillfast.experts.domain.Channel;
import dev.skillfast.experts.domain.ExpertProfile;
import dev.skillfast.experts.domain.ExpertSearchIndex;
import dev.skillfast.experts.domain.ExpertService;
import dev.skillfast.platform.errors.NotFoundException;
import dev.skillfast.platform.problem.Problem;
import dev.skillfast.platform.security.MaxBodySize;

/** Finding experts, their public pages, and an expert's own profile. */
@Path("/experts")
@RequestScoped
@Tag(name = "Catalogue")
@Produces(MediaType.APPLICATION_JSON)
public class ExpertsResource {

    static final String AVATAR_CACHE = "public, max-age=86400";
    /** A photo that is not public: the viewer's browser may keep it briefly, shared caches never. */
    static final String PRIVATE_AVATAR_CACHE = "private, max-age=300";

    @Inject
    ExpertService experts;

    @Inject
    ExpertSearchIndex index;

    @Context
    SecurityContext security;

    public record Facet(String value, long count) {
    }

    public record Facets(List<Facet> categories, List<Facet> languages) {
    }

    @Schema(name = "ExpertSearchResult")
    public record SearchResult(List<ExpertResponses.Summary> items, long total, int page, int size, Facets facets) {
    }

    @GET
    @PermitAll
    @Operation(summary = "Search experts", description = "Public; verified experts of active accounts only. q matches "
            + "skills above headlines above bios, ignoring case and accents, by word prefix (\"kube\" finds Kubernetes); "
            + "ties go to better ratings and experts online. Facets count categories and languages under the other filters.")
    public SearchResult search(@QueryParam("q") @Size(max = 200) String q,
                               @QueryParam("category") @Size(max = 40) String category,
                               @QueryParam("language") @Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 code") String language,
                               @QueryParam("channel") @Pattern(regexp = "CHAT|AUDIO|VIDEO", message = "must be CHAT, AUDIO or VIDEO") String channel,
                               @QueryParam("maxRate") @Min(1) Long maxRate,
                               @QueryParam("minRating") @DecimalMin("0") @DecimalMax("5") Double minRating,
                               @QueryParam("online") Boolean online,
                               @QueryParam("sort") @DefaultValue("relevance")
                               @Pattern(regexp = "relevance|rating|price|popular", message = "must be relevance, rating, price or popular") String sort,
                               @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
                               @QueryParam("size") @DefaultValue("12") @Min(1) @Max(50) int size) {
        ExpertSearchIndex.Result result = index.search(new ExpertSearchIndex.Query(q, blankToNull(category), language,
                channel == null ? null : Channel.valueOf(channel), maxRate, minRating, online,
                ExpertSearchIndex.Sort.valueOf(sort.toUpperCase(java.util.Locale.ROOT)), page, size));
        boolean withTerms = q != null && !q.isBlank();
        List<ExpertResponses.Summary> items = result.items().stream()
                .map(hit -> ExpertResponses.summary(hit.profile(), withTerms ? hit.matchedTerms() : null, null)).toList();
        return new SearchResult(items, result.total(), page, size,
                new Facets(facets(result.categoryFacets()), facets(result.languageFacets())));
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "An expert's page", description = "Public for verified experts; the expert and administrators "
            + "also see unverified profiles.")
    @APIResponse(responseCode = "200", description = "The profile",
            content = @Content(schema = @Schema(implementation = ExpertResponses.Profile.class)))
    @APIResponse(responseCode = "404", description = "No such public expert",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ExpertResponses.Profile get(@PathParam("id") @Size(max = 64) String id) {
        ExpertProfile profile = experts.view(id, viewer(), security.isUserInRole("ADMIN"));
        return profile(profile);
    }

    @GET
    @Path("{id}/avatar")
    @PermitAll
    @Produces({"image/png", "image/jpeg", "image/webp", MediaType.APPLICATION_JSON})
    @Operation(summary = "An expert's photo", description = "A public expert's photo is anyone's, cached for a day; "
            + "the avatarUrl of a profile carries a version, so a new photo is a new URL. The photo of an expert "
            + "who is not public (pending, rejected, suspended) is served only to its owner and administrators: "
            + "with their access token, or with the signed ticket t their avatarUrl carries (valid one hour).")
    @APIResponse(responseCode = "200", description = "The image")
    @APIResponse(responseCode = "404", description = "No photo, or not one this caller may see",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response avatar(@PathParam("id") @Size(max = 64) String id, @QueryParam("t") @Size(max = 100) String ticket,
                           @Context Request request) {
        ExpertService.ShownAvatar shown = experts.avatar(id, viewer(), security.isUserInRole("ADMIN"), ticket)
                .orElseThrow(() -> new NotFoundException("No photo."));
        Avatar avatar = shown.avatar();
        EntityTag tag = new EntityTag(avatar.version());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder response = notModified != null ? notModified
                : Response.ok(avatar.data(), avatar.contentType()).tag(tag);
        return response.header("Cache-Control", shown.open() ? AVATAR_CACHE : PRIVATE_AVATAR_CACHE).build();
    }

    @GET
    @Path("me")
    @RolesAllowed("EXPERT")
    @Operation(summary = "My expert profile", description = "404 until the expert saves one.")
    public ExpertResponses.Profile mine() {
        return profile(experts.mine(subject()));
    }

    @PUT
    @Path("me")
    @RolesAllowed("EXPERT")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or update my expert profile", description = "A new or rejected profile waits for "
            + "verification (PENDING); a verified one stays public.")
    @APIResponse(responseCode = "200", description = "The saved profile",
            content = @Content(schema = @Schema(implementation = ExpertResponses.Profile.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ExpertResponses.Profile save(@NotNull(message = "a JSON body is required") @Valid ExpertRequests.Profile body) {
        return profile(experts.saveMine(subject(), body.toInput()));
    }

    @PUT
    @Path("me/avatar")
    @RolesAllowed("EXPERT")
    @Consumes({"image/png", "image/jpeg", "image/webp"})
    @MaxBodySize(AvatarImages.MAX_BYTES)
    @Operation(summary = "Upload my photo", description = "The image bytes as the body: PNG, JPEG or WebP (checked "
            + "from the bytes), at most 1 MB.")
    @APIResponse(responseCode = "200", description = "{avatarUrl}")
    @APIResponse(responseCode = "400", description = "Not an accepted image",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Over 1 MB",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Map<String, String> uploadAvatar(byte[] image, @HeaderParam("Content-Type") String contentType) {
        ExpertProfile updated = experts.saveAvatar(subject(), contentType, image);
        return Map.of("avatarUrl", experts.avatarUrl(updated));
    }

    @DELETE
    @Path("me/avatar")
    @RolesAllowed("EXPERT")
    @Operation(summary = "Remove my photo")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response deleteAvatar() {
        experts.deleteAvatar(subject());
        return Response.noContent().build();
    }

    private String subject() {
        return ((JsonWebToken) security.getUserPrincipal()).getSubject();
    }

    /** The signed-in caller, if any (public endpoints). */
    private String viewer() {
        return security.getUserPrincipal() instanceof JsonWebToken jwt ? jwt.getSubject() : null;
    }

    private ExpertResponses.Profile profile(ExpertProfile profile) {
        return ExpertResponses.profile(profile, experts.avatarUrl(profile), null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static List<Facet> facets(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new Facet(e.getKey(), e.getValue())).toList();
    }
}
