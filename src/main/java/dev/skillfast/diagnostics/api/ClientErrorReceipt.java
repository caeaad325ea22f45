package dev.skillfast.diagnostics.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The id under which a client error was logged, for the user to quote. */
@Schema(name = "ClientErrorReceipt")
public record ClientErrorReceipt(@Schema(example = "c0a8017e-3b1f-4f61-9a0e-2b8f0e1d9c55") String errorId) {
}
