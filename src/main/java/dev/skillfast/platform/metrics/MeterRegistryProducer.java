package dev.skillfast.platform.metrics;

import java.util.List;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * The application's one meter registry, rendered in Prometheus' text format by {@link MetricsResource}: the
 * JVM's meters (memory, garbage collection, threads, classes, CPU, uptime) bound here, the features' own
 * meters registered by the features on the injected {@link MeterRegistry}.
 */
@ApplicationScoped
public class MeterRegistryProducer {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();

    public MeterRegistryProducer() {
        List.of(new JvmMemoryMetrics(), gc, new JvmThreadMetrics(), new ClassLoaderMetrics(), new ProcessorMetrics(),
                new UptimeMetrics()).forEach(binder -> binder.bindTo(registry));
    }

    // @Dependent producers of the one instance: registries have final methods, so a normal scope could not proxy them
    @Produces
    @Typed(PrometheusMeterRegistry.class)
    PrometheusMeterRegistry prometheus() {
        return registry;
    }

    @Produces
    @Typed(MeterRegistry.class)
    MeterRegistry meters() {
        return registry;
    }

    @PreDestroy
    void close() {
        gc.close();
        registry.close();
    }
}
