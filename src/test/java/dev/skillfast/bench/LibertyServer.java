package dev.skillfast.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A further server in the integration-test server's Liberty installation ({@code skillfast.it.wlp}),
 * driven by that installation's {@code bin/server} script on a given Java: the benchmarks pass the
 * integration-test server's own, so every server of a run is the same Liberty on the same JVM.
 */
final class LibertyServer {

    private final Path wlp;
    private final String name;
    private final Path javaHome;

    LibertyServer(Path wlp, String name, Path javaHome) {
        this.wlp = wlp;
        this.name = name;
        this.javaHome = javaHome;
    }

    String name() {
        return name;
    }

    /** {@code <wlp>/usr/servers/<name>}: its configuration, apps, logs and workarea. */
    Path dir() {
        return wlp.resolve("usr/servers/" + name);
    }

    Path logs() {
        return dir().resolve("logs");
    }

    /** The running server's JVM (Liberty writes its pid on start). */
    ServerProcess process() throws IOException {
        return ServerProcess.of(wlp, name);
    }

    /**
     * {@code <wlp>/bin/server <action> <name>}, waited for; its output is printed. Fails when the script
     * does, except for "stop", which answers 1 when the server was not running: nothing to do then.
     */
    void run(String action) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(wlp.resolve("bin/server").toString(), action, name)
                .redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", javaHome.toString());
        Process script = builder.start();
        String output = new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        int status = script.waitFor();
        if (status != 0 && !"stop".equals(action)) {
            throw new IllegalStateException("server " + action + " " + name + " exited with " + status + ": " + output
                    + " (logs: " + logs() + ")");
        }
        System.out.println(output);
    }

    /** Stops the server if it runs, reporting a failure instead of throwing it (for finally blocks). */
    void stopQuietly() {
        try {
            run("stop");
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not stop " + name + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.err.println("Interrupted while stopping " + name);
        }
    }

    /** A port nothing listens on right now. */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
