package dev.skillfast.platform.problem;

import jakarta.ws.rs.core.UriInfo;

/** What an error response may say about the request that caused it. */
final class RequestFacts {

    private RequestFacts() {
    }

    /** The request path (no query: it may carry secrets such as tickets). */
    static String instance(UriInfo uriInfo) {
        if (uriInfo == null) {
            return null;
        }
        try {
            return uriInfo.getRequestUri().getRawPath();
        } catch (RuntimeException outsideOfARequest) {
            return null;
        }
    }
}
