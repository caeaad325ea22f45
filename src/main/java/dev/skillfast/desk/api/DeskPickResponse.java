package dev.skillfast.desk.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A pick: the request and the session it became (ACTIVE; both participants enter it). */
@Schema(name = "DeskPick")
public record DeskPickResponse(String requestId, String sessionId, String state) {
}
