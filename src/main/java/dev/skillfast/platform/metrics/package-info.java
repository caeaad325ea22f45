/**
 * Metrics: one Micrometer registry for the application ({@code MeterRegistryProducer}), HTTP latency by endpoint
 * template ({@code HttpMetricsFilter}), and {@code GET /api/metrics} in Prometheus' text format for administrators
 * or a scraper with {@code skillfast.metrics.token} ({@code MetricsResource}). Features register their own meters on
 * the injected {@code MeterRegistry} (names start {@code skillfast.}); README "Metrics" lists them.
 *
 * <p>Why not MicroProfile Metrics: it left the platform with MicroProfile 7, and MicroProfile Telemetry 2.0
 * pushes metrics over OTLP rather than serving a Prometheus page. Micrometer is what Liberty's mpMetrics-5 is built
 * on; inside the WAR it serves the same format with SkillFast's own access rule on any Jakarta EE server.
 */
package dev.skillfast.platform.metrics;
