package dev.skillfast.platform.web;

import java.util.Optional;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import org.eclipse.microprofile.jwt.JsonWebToken;

import dev.skillfast.platform.security.ClientAddress;

/**
 * Who and where the current HTTP request comes from: the signed-in user (the access token's subject and
 * e-mail), the client address and the request id ({@link RequestIdFilter}). Outside a request (timers,
 * WebSocket messages) there is none: see {@link #current}.
 */
@RequestScoped
public class RequestOrigin {

    static final String REQUEST_ID_ATTRIBUTE = "dev.skillfast.requestId";

    /** The parts, copied out of the request scope. */
    public record Facts(String userId, String userName, String clientAddress, String requestId) {

        public static final Facts NONE = new Facts(null, null, null, null);
    }

    @Inject
    HttpServletRequest request;

    @Inject
    JsonWebToken jwt;

    public Facts facts() {
        Object id = request.getAttribute(REQUEST_ID_ATTRIBUTE);
        String subject = null;
        String name = null;
        if (request.getUserPrincipal() != null) {
            subject = jwt.getSubject();
            name = jwt.getName();
        }
        return new Facts(subject, name, ClientAddress.of(request), id == null ? null : id.toString());
    }

    /** The current request's facts; {@link Facts#NONE} outside a request. */
    public static Facts current(jakarta.enterprise.inject.Instance<RequestOrigin> origin) {
        if (origin == null) {
            return Facts.NONE; // outside CDI (tests)
        }
        try {
            return Optional.ofNullable(origin.get().facts()).orElse(Facts.NONE);
        } catch (ContextNotActiveException | IllegalStateException notInARequest) {
            return Facts.NONE;
        }
    }
}
