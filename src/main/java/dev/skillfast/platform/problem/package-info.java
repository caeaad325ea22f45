/**
 * Errors as RFC 9457 problem details ({@code application/problem+json}) for every API failure.
 *
 * <p>Design notes. Feature code throws {@link dev.skillfast.platform.problem.ProblemException} with a
 * {@link dev.skillfast.platform.problem.ProblemType} and a detail that is safe to show; Bean Validation
 * failures become 400 with one {@code {field, message}} per violation; the JAX-RS runtime's own errors
 * (404 unknown route, 405, 415, unreadable JSON) are rewritten without the runtime's messages, which can
 * name classes; anything else is a 500 whose error id is logged beside the stack trace. Types are URNs
 * ({@code urn:skillfast:problem:<kind>}), or {@code about:blank} for plain HTTP errors.
 */
package dev.skillfast.platform.problem;
