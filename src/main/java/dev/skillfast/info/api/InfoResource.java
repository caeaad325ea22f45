package dev.skillfast.info.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.skillfast.platform.BuildInfo;
import dev.skillfast.platform.cluster.ClusterMember;
import dev.skillfast.platform.cluster.NodeId;
import dev.skillfast.platform.mongo.MongoProducer;

@Path("/info")
@RequestScoped
@Tag(name = "System")
public class InfoResource {

    @Inject
    BuildInfo build;

    @Inject
    MongoProducer mongo;

    @Inject
    NodeId node;

    @Inject
    ClusterMember cluster;

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "What this server is", description = "Public. Product name, version, the kind of database in use, this server's node id and the cluster's size.")
    @APIResponse(responseCode = "200", description = "Server facts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = InfoResponse.class),
                    examples = @ExampleObject(name = "embedded",
                            value = "{\"name\":\"SkillFast\",\"version\":\"0.1.0-SNAPSHOT\",\"databaseMode\":\"EMBEDDED\","
                                    + "\"nodeId\":\"desk-1-3fa9c2\",\"clusterMembers\":1}")))
    public InfoResponse info() {
        return new InfoResponse(build.name(), build.version(), mongo.connection().mode().name(), node.value(),
                cluster.size());
    }
}
