/**
 * Cross-cutting code every feature uses: MongoDB ({@code mongo}), problem+json errors
 * ({@code problem}), the JAX-RS application and list shape ({@code rest}), rate limits, CORS, HTTPS and
 * the token verification key ({@code security}), the web shell's static serving and security headers
 * ({@code web}) and time ({@code time}). Features never depend on each other's internals, only on this
 * package and on each other's {@code domain} APIs (and events such as {@code AccountChanged}).
 */
package dev.skillfast.platform;
