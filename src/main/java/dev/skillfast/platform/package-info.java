/**
 * Cross-cutting code every feature uses: MongoDB ({@code mongo}), problem+json errors
 * ({@code problem}), the JAX-RS application ({@code rest}), the web shell's static serving and
 * security headers ({@code web}) and time ({@code time}). Features never depend on each other's
 * internals, only on this package and on each other's {@code domain} APIs.
 */
package dev.skillfast.platform;
