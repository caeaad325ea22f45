package dev.skillfast.it;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * The one {@link ClusterNodes} pair of a test run, for every test class that registers this extension
 * ({@code @RegisterExtension static final SharedCluster CLUSTER = new SharedCluster();}): started before
 * the first such class, closed when the run ends (JUnit closes the AutoCloseable values of its root store),
 * so the cluster tests and the cluster browser journey share two servers instead of starting two each.
 * Every test that uses it must leave both nodes running. A failed test prints where the servers' logs are.
 */
final class SharedCluster implements BeforeAllCallback, TestWatcher {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedCluster.class);

    private ClusterNodes nodes;

    @Override
    public void beforeAll(ExtensionContext context) {
        // a start that failed is remembered too: the next class fails at once with the same cause
        nodes = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(ClusterNodes.class, type -> start(),
                ClusterNodes.class);
    }

    /** The running pair (from the class's {@code @BeforeAll} methods on). */
    ClusterNodes nodes() {
        if (nodes == null) {
            throw new IllegalStateException("the cluster is not started: register SharedCluster as a static extension");
        }
        return nodes;
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (nodes != null) {
            System.err.println(context.getDisplayName() + " failed on the cluster. " + nodes.logLocations());
        }
    }

    private static ClusterNodes start() {
        try {
            return ClusterNodes.start();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException("The two-node cluster did not start: " + e.getMessage(), e);
        }
    }
}
