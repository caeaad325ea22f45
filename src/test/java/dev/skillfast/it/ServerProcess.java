package dev.skillfast.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A running Liberty server's JVM, found by the pid Liberty writes when it starts a server: the CPU time it
 * has used, from Linux's {@code /proc/<pid>/stat} (user + system time of all its threads, in clock ticks),
 * its memory as the operating system counts it ({@code /proc/<pid>/status}), the Java it runs on; and a
 * way to kill it.
 */
public final class ServerProcess {

    private static final long TICKS_PER_SECOND = clockTicksPerSecond();

    private final String server;
    private final long pid;

    private ServerProcess(String server, long pid) {
        this.server = server;
        this.pid = pid;
    }

    /** The running server {@code name} of the Liberty install {@code wlp}. */
    public static ServerProcess of(Path wlp, String name) throws IOException {
        long pid = Long.parseLong(Files.readString(wlp.resolve("usr/servers/.pid/" + name + ".pid")).trim());
        String command = Files.readString(Path.of("/proc/" + pid + "/cmdline")).replace('\0', ' ');
        if (!command.contains("java")) {
            throw new IllegalStateException("Process " + pid + " of server " + name + " is not a JVM: " + command);
        }
        return new ServerProcess(name, pid);
    }

    public String server() {
        return server;
    }

    public long pid() {
        return pid;
    }

    /** SIGKILL, as a power cut would: no shutdown hook, no clean stop; waits until the process is gone. */
    public void kill() throws Exception {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isPresent()) {
            handle.get().destroyForcibly();
            handle.get().onExit().get(30, TimeUnit.SECONDS);
        }
    }

    /** The Java installation the server runs on (its executable's {@code bin/..}). */
    public Path javaHome() throws IOException {
        return Path.of("/proc/" + pid + "/exe").toRealPath().getParent().getParent();
    }

    /** User plus system CPU time so far, in seconds (a tick is 10 ms on most Linux systems). */
    public double cpuSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"), StandardCharsets.US_ASCII);
            // the command name, in parentheses, may hold spaces: count fields after its closing parenthesis
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long utime = Long.parseLong(fields[11]);
            long stime = Long.parseLong(fields[12]);
            return (double) (utime + stime) / TICKS_PER_SECOND;
        } catch (IOException e) {
            throw new IllegalStateException("Server " + server + " (pid " + pid + ") is gone", e);
        }
    }

    /**
     * A memory figure of {@code /proc/<pid>/status} in MB, e.g. {@code VmRSS} (resident now: what the
     * machine's monitoring shows for the process) or {@code VmHWM} (the most it was resident).
     */
    public double statusMegabytes(String field) {
        try {
            String prefix = field + ":";
            return Files.readAllLines(Path.of("/proc/" + pid + "/status"), StandardCharsets.US_ASCII).stream()
                    .filter(line -> line.startsWith(prefix))
                    .map(line -> line.substring(prefix.length()).trim().split("\\s+")[0]) // "123456 kB"
                    .mapToDouble(kilobytes -> Long.parseLong(kilobytes) / 1024.0)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No " + field + " in /proc/" + pid + "/status"));
        } catch (IOException e) {
            throw new IllegalStateException("Server " + server + " (pid " + pid + ") is gone", e);
        }
    }

    /**
     * What {@code jcmd <pid> GC.heap_info} prints (without its first line, the pid), run with the jcmd of
     * the server's own Java, else the one on the PATH; empty when there is none or it fails.
     */
    public List<String> heapInfo() throws IOException, InterruptedException {
        Path own = javaHome().resolve("bin/jcmd");
        String jcmd = Files.isExecutable(own) ? own.toString() : "jcmd";
        Process process;
        try {
            process = new ProcessBuilder(jcmd, String.valueOf(pid), "GC.heap_info").redirectErrorStream(true).start();
        } catch (IOException e) {
            return List.of(); // no jcmd: a JRE without the JDK tools
        }
        List<String> lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroy();
            System.err.println(jcmd + " " + pid + " GC.heap_info failed: " + lines);
            return List.of();
        }
        return lines.stream().skip(1).toList();
    }

    private static long clockTicksPerSecond() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String out = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            return getconf.waitFor() == 0 ? Long.parseLong(out) : 100;
        } catch (IOException | NumberFormatException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }
}
