package dev.skillfast.platform.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Every list in the API: one page of items and where it sits. Pages count from 0. */
@Schema(name = "Page")
public record Page<T>(List<T> items, @Schema(example = "42") long total, @Schema(example = "0") int page,
                      @Schema(example = "20") int size) {
}
