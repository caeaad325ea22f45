package dev.skillfast.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.skillfast.it.ItServer;

/**
 * Search and match latency over HTTP against the benchmark server (10,000 synthetic experts; see
 * README, "Performance"). Run with {@code mvn verify -Pbenchmark}. It prints a table and checks only
 * that every request succeeded: the goal (p95 under 25 ms) is read, not asserted, since timings
 * depend on the machine.
 */
class SearchBenchmark {

    private static final String[] WORDS = {"kubernetes", "java", "python", "seo", "contratos", "impuestos", "figma",
        "machine learning", "docker", "react", "derecho", "marketing", "programacion", "cloud", "ux", "data",
        "entrevistas", "azure", "kube", "pyth"};
    private static final String[] PROBLEMS = {
        "Our Kubernetes cluster keeps restarting pods after the upgrade",
        "Necesito revisar un contrato de alquiler y una herencia",
        "I want to improve the SEO of my online shop and set up Google Ads",
        "Tengo dudas con el IVA trimestral como autónomo",
        "We need a machine learning model to predict churn from our data in Python",
        "Preparar una entrevista técnica de Java y Spring Boot"};

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void searchAndMatchLatency() throws Exception {
        ItServer.awaitSkillFast();
        int threads = Integer.getInteger("bench.threads", 2);
        int requests = Integer.getInteger("bench.requests", 4000);
        run(threads, 400, new Random(1));
        long start = System.nanoTime();
        Result result = run(threads, requests, new Random(2));
        double seconds = (System.nanoTime() - start) / 1e9;
        String total = ItServer.json(ItServer.get("/api/experts?size=1")).get("total").toString();
        System.out.printf("%n== Search benchmark: %s public experts, %d client threads, %d requests (70%% search, 30%% match)%n",
                total, threads, requests);
        System.out.printf("| %-8s | %8s | %8s | %8s | %8s | %10s |%n", "kind", "count", "p50 ms", "p95 ms", "p99 ms", "req/s");
        print("search", result.search, seconds);
        print("match", result.match, seconds);
        long[] all = concat(result.search, result.match);
        print("all", all, seconds);
        assertThat(result.failures.get()).as("failed requests").isZero();
    }

    private record Result(long[] search, long[] match, AtomicInteger failures) {
    }

    private Result run(int threads, int requests, Random seed) throws Exception {
        List<Long> search = new ArrayList<>();
        List<Long> match = new ArrayList<>();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<long[]>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                long threadSeed = seed.nextLong();
                int share = requests / threads;
                futures.add(pool.submit(() -> worker(new Random(threadSeed), share, failures)));
            }
            for (Future<long[]> future : futures) {
                long[] samples = future.get();
                for (long sample : samples) {
                    (sample < 0 ? match : search).add(Math.abs(sample));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new Result(search.stream().mapToLong(Long::longValue).toArray(),
                match.stream().mapToLong(Long::longValue).toArray(), failures);
    }

    /** Latencies in nanoseconds; negative for matches. */
    private long[] worker(Random random, int count, AtomicInteger failures) throws Exception {
        long[] samples = new long[count];
        for (int i = 0; i < count; i++) {
            boolean isMatch = random.nextInt(10) < 3;
            HttpRequest request = isMatch
                    ? HttpRequest.newBuilder(ItServer.uri("/api/match")).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"description\":\""
                                    + PROBLEMS[random.nextInt(PROBLEMS.length)] + "\"}")).build()
                    : HttpRequest.newBuilder(ItServer.uri("/api/experts?" + searchQuery(random))).GET().build();
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            long elapsed = System.nanoTime() - start;
            if (response.statusCode() != 200) {
                failures.incrementAndGet();
            }
            samples[i] = isMatch ? -elapsed : elapsed;
        }
        return samples;
    }

    private static String searchQuery(Random random) {
        StringBuilder query = new StringBuilder("size=12&q=")
                .append(URLEncoder.encode(WORDS[random.nextInt(WORDS.length)], StandardCharsets.UTF_8));
        switch (random.nextInt(5)) {
            case 0 -> query.append("&online=true");
            case 1 -> query.append("&sort=price&channel=VIDEO");
            case 2 -> query.append("&language=es&sort=rating");
            case 3 -> query.append("&maxRate=150&page=1");
            default -> { }
        }
        return query.toString();
    }

    private static void print(String kind, long[] nanos, double seconds) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("| %-8s | %8d | %8.2f | %8.2f | %8.2f | %10.0f |%n", kind, sorted.length,
                percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), sorted.length / seconds);
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static long[] concat(long[] a, long[] b) {
        long[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
