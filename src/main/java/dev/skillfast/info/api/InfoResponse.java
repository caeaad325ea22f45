package dev.skillfast.info.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What this server is. */
@Schema(name = "Info")
public record InfoResponse(
        @Schema(example = "SkillFast") String name,
        @Schema(example = "0.1.0-SNAPSHOT") String version,
        @Schema(description = "EMBEDDED: the built-in store (one server, demo and small installations); "
                + "EXTERNAL: a real MongoDB", enumeration = {"EMBEDDED", "EXTERNAL"}, example = "EMBEDDED")
        String databaseMode) {
}
