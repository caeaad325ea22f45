/**
 * Cross-cutting security: rate limits (bucket4j token buckets per account, address and user), CORS,
 * the HTTPS-only production switch with HSTS, the request body size limit, refusing API requests the
 * JAX-RS runtime could not parse ({@code MalformedRequestFilter}), and handing the access token
 * verification key to MicroProfile JWT.
 *
 * <p>Design notes. Authentication itself is MicroProfile JWT's (Liberty verifies the RS256 signature,
 * issuer, audience and expiry before any resource runs); roles are enforced with {@code @RolesAllowed}
 * on every resource method, and a build test fails if one is missing. Rate limits live in each
 * server's memory.
 */
package dev.skillfast.platform.security;
