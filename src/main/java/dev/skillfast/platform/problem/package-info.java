/**
 * Errors as RFC 9457 problem details ({@code application/problem+json}) for every API failure: the one
 * place that knows how a failure looks over HTTP.
 *
 * <p>Design notes. Feature code throws the domain exceptions of {@code dev.skillfast.platform.errors}
 * (not found, conflict, forbidden, unauthorized, payment required with the missing amount, invalid input
 * with its field errors, too many requests with when to retry, too large), and
 * {@link dev.skillfast.platform.problem.DomainExceptionMapper} gives each its
 * {@link dev.skillfast.platform.problem.ProblemType} (type URI, status, title), its detail, and its
 * {@code errors}, {@code missing} or {@code Retry-After}. Bean Validation failures become 400 with one
 * {@code {field, message}} per violation; the JAX-RS runtime's own errors (404 unknown route, 405, 415,
 * unreadable JSON) are rewritten without the runtime's messages, which can name classes; anything else is
 * a 500 whose error id is logged beside the stack trace. A number, boolean or parameter the strict
 * readers of {@code platform.rest} refused ({@code RefusedJsonValue}, {@code RefusedParameter}) is 400
 * {@code validation} naming the field. What the web container refuses before any of this runs (a path it
 * will not map, a missing file) reaches {@code ContainerErrorPage}, web.xml's error page, and gets the same
 * body, media type and headers. Types are URNs
 * ({@code urn:skillfast:problem:<kind>}), or {@code about:blank} for plain HTTP errors.
 */
package dev.skillfast.platform.problem;
