package dev.skillfast.info.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What this server is. */
@Schema(name = "Info")
public record InfoResponse(
        @Schema(example = "SkillFast") String name,
        @Schema(example = "0.1.0-SNAPSHOT") String version,
        @Schema(description = "EMBEDDED: the built-in store (one server, demo and small installations); "
                + "EXTERNAL: a real MongoDB", enumeration = {"EMBEDDED", "EXTERNAL"}, example = "EMBEDDED")
        String databaseMode,
        @Schema(description = "This server's node id (host name and a suffix new at every start); with several "
                + "servers, which one answered", example = "desk-1-3fa9c2") String nodeId,
        @Schema(description = "How many servers form the cluster as this one sees it: 1 when it runs alone",
                example = "1") int clusterMembers) {
}
