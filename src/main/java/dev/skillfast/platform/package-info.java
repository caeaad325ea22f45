/**
 * Cross-cutting code every feature uses: the domain's exceptions ({@code errors}) and their problem+json
 * answers ({@code problem}), the rules every input obeys ({@code input}), MongoDB ({@code mongo}) with the embedded default ({@code mongo.embedded}),
 * the JAX-RS application and list shape ({@code rest}), rate limits, CORS, HTTPS and the token
 * verification key ({@code security}), the web shell's static serving and security headers ({@code web})
 * and time ({@code time}).
 *
 * <p>Design notes. Platform depends on no feature. Features depend on platform and on each other's
 * {@code domain} (and events such as {@code AccountChanged}), never in a cycle and never on another
 * feature's {@code store}; {@code ArchitectureTest} checks it (docs/architecture.md, "Dependency rules").
 */
package dev.skillfast.platform;
