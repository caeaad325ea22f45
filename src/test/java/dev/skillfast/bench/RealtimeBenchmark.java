package dev.skillfast.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;

import dev.skillfast.it.Accounts;
import dev.skillfast.it.ItServer;

/**
 * Chat over /ws under load, against the benchmark server (see README, "Performance"): N client/expert
 * pairs in ACTIVE chat sessions, every message stored before it is delivered.
 * <ol>
 * <li>closed loop: each participant sends its next message as soon as the other side received the
 * previous one, so the server runs as fast as it can;</li>
 * <li>fixed rate: {@code bench.rate} messages per second in all, spread evenly over every connection;</li>
 * <li>idle: {@code bench.idle} connections opened and held, then each answers a ping.</li>
 * </ol>
 * It reports delivered messages per second (counted at the receiving peer) and p50/p99 delivery latency
 * (sender's send to peer's receipt, one clock: the load generator is one JVM). It asserts only that
 * nothing failed; the goals are read from the table. Users are the synthetic accounts of the benchmark
 * server; their access tokens are signed here with the test server's key (logging 2,000 users in would
 * measure PBKDF2, not chat).
 * <p>
 * The load generator shares the machine's cores with the server, so its own cost per frame is part of
 * what is measured: its WebSockets run on Netty's event loops ({@code bench.client-threads}, 2), one
 * socket's reads, parsing and the reply it triggers on one thread, both sockets of a pair on the same
 * loop (the JDK's WebSocket client spent about three times the CPU per message here, much of it
 * re-arming its selector after every read).
 */
class RealtimeBenchmark {

    private MultiThreadIoEventLoopGroup loops;
    private final List<EventLoop> loopList = new ArrayList<>();
    private final AtomicInteger failures = new AtomicInteger();
    private SyntheticUsers synthetic;

    @AfterEach
    void stopEventLoops() {
        if (loops != null) {
            loops.shutdownGracefully();
        }
    }

    @Test
    void chatThroughputLatencyAndIdleConnections() throws Exception {
        ItServer.awaitSkillFast();
        int pairCount = Integer.getInteger("bench.pairs", 1000);
        Duration phase = Duration.ofSeconds(Integer.getInteger("bench.seconds", 30));
        int rate = Integer.getInteger("bench.rate", 2000);
        int idleCount = Integer.getInteger("bench.idle", 10_000);
        loops = new MultiThreadIoEventLoopGroup(Integer.getInteger("bench.client-threads", 2), NioIoHandler.newFactory());
        loops.forEach(executor -> loopList.add((EventLoop) executor));
        synthetic = new SyntheticUsers();

        Accounts.Session admin = Accounts.admin();
        List<SyntheticUsers.User> clientUsers = synthetic.list(admin, "CLIENT", pairCount);
        List<SyntheticUsers.User> expertUsers = synthetic.list(admin, "EXPERT", 100_000); // about 40 % of the synthetic experts are available
        List<Pair> pairs = pairUp(clientUsers, expertUsers, pairCount);
        System.out.printf("%n== Realtime benchmark: %d pairs (%d connections) in active chat sessions%n",
                pairs.size(), pairs.size() * 2);

        String phases = System.getProperty("bench.phases", "closed,fixed,idle");
        Phase closedLoop = phases.contains("closed") ? closedLoop(pairs, phase) : null;
        Phase fixedRate = phases.contains("fixed") ? fixedRate(pairs, rate, phase) : null;
        for (Pair pair : pairs) {
            send(pair.clientUser.token(), "POST", "/api/sessions/" + pair.sessionId + "/end", null);
            pair.client.abort();
            pair.expert.abort();
        }
        int[] idle = phases.contains("idle") ? idle(clientUsers, idleCount) : new int[2];

        System.out.printf("| %-34s | %11s | %9s | %8s | %8s |%n", "phase", "delivered/s", "messages", "p50 ms", "p99 ms");
        if (closedLoop != null) {
            closedLoop.print("closed loop (" + pairs.size() * 2 + " senders)");
        }
        if (fixedRate != null) {
            fixedRate.print("fixed rate " + rate + "/s (" + pairs.size() * 2 + " conns)");
            System.out.println("Fixed rate, seconds with a delivery over 100 ms: " + fixedRate.stalls());
        }
        System.out.printf("Idle connections: %d opened, %d answered a ping after being held %d s (asked for %d)%n%n",
                idle[0], idle[1], IDLE_HOLD.toSeconds(), idleCount);
        assertThat(failures.get()).as("failed operations (errors, refused requests)").isZero();
    }

    // ---------------------------------------------------------------- users and sessions

    private record Pair(SyntheticUsers.User clientUser, Peer client, Peer expert, String sessionId) {
    }

    /**
     * Connects experts, and each client asks an online one for a chat session, which is accepted (in
     * parallel: each client takes experts from a shared cursor until one is available).
     */
    private List<Pair> pairUp(List<SyntheticUsers.User> clientUsers, List<SyntheticUsers.User> expertUsers, int wanted) throws Exception {
        AtomicInteger cursor = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Pair>> futures = new ArrayList<>();
        for (SyntheticUsers.User client : clientUsers.subList(0, Math.min(wanted, clientUsers.size()))) {
            futures.add(pool.submit(() -> {
                for (int next = cursor.getAndIncrement(); next < expertUsers.size(); next = cursor.getAndIncrement()) {
                    SyntheticUsers.User expert = expertUsers.get(next);
                    Peer expertPeer = connect(expert, next);
                    HttpResponse<String> requested = send(client.token(), "POST", "/api/sessions",
                            "{\"expertId\":\"" + expert.id() + "\",\"channel\":\"CHAT\"}");
                    if (requested.statusCode() == 409) {
                        expertPeer.abort(); // not "available" (some synthetic experts are away)
                        continue;
                    }
                    String sessionId = ItServer.json(requested).getString("id");
                    HttpResponse<String> accepted = send(expert.token(), "POST", "/api/sessions/" + sessionId + "/accept", null);
                    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
                    return new Pair(client, connect(client, next), expertPeer, sessionId);
                }
                return null;
            }));
        }
        List<Pair> pairs = new ArrayList<>();
        for (Future<Pair> f : futures) {
            Pair pair = f.get(10, TimeUnit.MINUTES);
            if (pair != null) {
                pairs.add(pair);
            }
        }
        pool.shutdown();
        return pairs;
    }

    private HttpResponse<String> send(String token, String method, String path, String json) {
        return synthetic.send(token, method, path, json);
    }

    /** Opens a socket for the user on event loop {@code spread} (mod their number); answers once the handshake is done. */
    private Peer connect(SyntheticUsers.User user, int spread) {
        HttpResponse<String> ticket = send(user.token(), "POST", "/api/ws-ticket", null);
        assertThat(ticket.statusCode()).as(ticket.body()).isEqualTo(201);
        Peer peer = new Peer(user.id());
        URI uri = URI.create("ws://localhost:" + ItServer.httpPort() + "/ws?ticket=" + ItServer.json(ticket).getString("ticket"));
        WebSocketClientProtocolConfig config = WebSocketClientProtocolConfig.newBuilder().webSocketUri(uri)
                .maxFramePayloadLength(1 << 16).build();
        new Bootstrap().group(loopList.get(spread % loopList.size())).channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        channel.pipeline().addLast(new HttpClientCodec(), new HttpObjectAggregator(1 << 16),
                                new WebSocketClientProtocolHandler(config), new WebSocketFrameAggregator(1 << 16), peer);
                    }
                }).connect(uri.getHost(), uri.getPort()).addListener(connected -> {
                    if (!connected.isSuccess()) {
                        peer.open.completeExceptionally(connected.cause());
                    }
                });
        peer.socket = peer.open.orTimeout(20, TimeUnit.SECONDS).join();
        return peer;
    }

    // ---------------------------------------------------------------- measuring

    /** What one phase measured: delivered messages after the warm-up, and their latencies in microseconds. */
    private static final class Phase {
        final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        volatile long measureFrom;
        volatile long measureUntil;
        final AtomicLong delivered = new AtomicLong();

        /** The worst latency (µs) in each second of the phase, to tell steady slowness from stalls. */
        final java.util.concurrent.ConcurrentHashMap<Integer, Long> worstPerSecond = new java.util.concurrent.ConcurrentHashMap<>();

        void record(long sentNanos, long receivedNanos) {
            if (sentNanos >= measureFrom && receivedNanos <= measureUntil) {
                delivered.incrementAndGet();
                long micros = (receivedNanos - sentNanos) / 1_000;
                latencies.add(micros);
                worstPerSecond.merge((int) ((sentNanos - measureFrom) / 1_000_000_000L), micros, Math::max);
            }
        }

        /** The seconds (from the phase's start) whose worst latency passed 100 ms. */
        String stalls() {
            return worstPerSecond.entrySet().stream().filter(e -> e.getValue() > 100_000).sorted(java.util.Map.Entry.comparingByKey())
                    .map(e -> e.getKey() + "s:" + e.getValue() / 1000 + "ms").collect(java.util.stream.Collectors.joining(" "));
        }

        void print(String name) {
            long[] sorted;
            synchronized (latencies) {
                sorted = latencies.stream().mapToLong(Long::longValue).toArray();
            }
            Arrays.sort(sorted);
            double seconds = (measureUntil - measureFrom) / 1e9;
            System.out.printf("| %-34s | %11.0f | %9d | %8.1f | %8.1f |%n", name, delivered.get() / seconds, sorted.length,
                    percentile(sorted, 0.50) / 1000.0, percentile(sorted, 0.99) / 1000.0);
        }

        private static long percentile(long[] sorted, double p) {
            return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
        }
    }

    private static final Duration WARM_UP = Duration.ofSeconds(3);

    private Phase closedLoop(List<Pair> pairs, Duration length) throws InterruptedException {
        Phase phase = start(length);
        for (Pair pair : pairs) {
            pair.client.onDelivered = (sent, received) -> {
                phase.record(sent, received);
                if (System.nanoTime() < phase.measureUntil) {
                    pair.expert.chat(pair.sessionId);
                }
            };
            pair.expert.onDelivered = (sent, received) -> {
                phase.record(sent, received);
                if (System.nanoTime() < phase.measureUntil) {
                    pair.client.chat(pair.sessionId);
                }
            };
        }
        for (Pair pair : pairs) {
            pair.client.chat(pair.sessionId);
            pair.expert.chat(pair.sessionId);
        }
        finish(phase, pairs);
        return phase;
    }

    private Phase fixedRate(List<Pair> pairs, int perSecond, Duration length) throws InterruptedException {
        Phase phase = start(length);
        List<Runnable> senders = new ArrayList<>();
        for (Pair pair : pairs) {
            pair.client.onDelivered = phase::record;
            pair.expert.onDelivered = phase::record;
            senders.add(() -> pair.client.chat(pair.sessionId));
            senders.add(() -> pair.expert.chat(pair.sessionId));
        }
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        int ticksPerSecond = 100;
        double perTick = (double) perSecond / ticksPerSecond;
        double[] owed = {0};
        int[] cursor = {0};
        ticker.scheduleAtFixedRate(() -> {
            owed[0] += perTick;
            while (owed[0] >= 1) {
                owed[0] -= 1;
                senders.get(cursor[0]++ % senders.size()).run();
            }
        }, 0, 1_000_000 / ticksPerSecond, TimeUnit.MICROSECONDS);
        finish(phase, pairs);
        ticker.shutdownNow();
        return phase;
    }

    private static Phase start(Duration length) {
        Phase phase = new Phase();
        long now = System.nanoTime();
        phase.measureFrom = now + WARM_UP.toNanos();
        phase.measureUntil = now + WARM_UP.toNanos() + length.toNanos();
        return phase;
    }

    private static void finish(Phase phase, List<Pair> pairs) throws InterruptedException {
        TimeUnit.NANOSECONDS.sleep(phase.measureUntil - System.nanoTime());
        // let what is in flight land before the next phase
        TimeUnit.SECONDS.sleep(2);
        for (Pair pair : pairs) {
            pair.client.onDelivered = (s, r) -> { };
            pair.expert.onDelivered = (s, r) -> { };
        }
    }

    // ---------------------------------------------------------------- idle connections

    private static final Duration IDLE_HOLD = Duration.ofSeconds(10);

    private int[] idle(List<SyntheticUsers.User> users, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Peer>> opening = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            SyntheticUsers.User user = users.get(i % users.size());
            int n = i;
            opening.add(pool.submit(() -> connect(user, n)));
        }
        List<Peer> open = new ArrayList<>();
        for (Future<Peer> f : opening) {
            try {
                open.add(f.get(60, TimeUnit.SECONDS));
            } catch (Exception e) {
                failures.incrementAndGet();
            }
        }
        pool.shutdown();
        TimeUnit.NANOSECONDS.sleep(IDLE_HOLD.toNanos());
        List<CompletableFuture<Void>> pongs = new ArrayList<>();
        for (Peer peer : open) {
            pongs.add(peer.ping());
        }
        int answered = 0;
        for (CompletableFuture<Void> pong : pongs) {
            try {
                pong.get(30, TimeUnit.SECONDS);
                answered++;
            } catch (Exception e) {
                failures.incrementAndGet();
            }
        }
        for (Peer peer : open) {
            peer.abort();
        }
        return new int[] {open.size(), answered};
    }

    // ---------------------------------------------------------------- one connection

    /** A participant's socket: sends chat whose text carries the send time, and reports the other side's deliveries. */
    private final class Peer extends SimpleChannelInboundHandler<TextWebSocketFrame> {
        final String userId;
        final CompletableFuture<Channel> open = new CompletableFuture<>();
        volatile Channel socket;
        volatile Delivered onDelivered = (s, r) -> { };
        private volatile CompletableFuture<Void> pong;

        Peer(String userId) {
            this.userId = userId;
        }

        /** Thread-safe (Netty queues a write from another thread onto the socket's loop, in order). */
        void chat(String sessionId) {
            String text = "{\"type\":\"chat.send\",\"sessionId\":\"" + sessionId + "\",\"text\":\"t=" + System.nanoTime() + "\"}";
            write(text);
        }

        CompletableFuture<Void> ping() {
            pong = new CompletableFuture<>();
            CompletableFuture<Void> answer = pong;
            write("{\"type\":\"ping\",\"id\":\"p\"}");
            return answer;
        }

        private void write(String text) {
            socket.writeAndFlush(new TextWebSocketFrame(text)).addListener(written -> {
                if (!written.isSuccess()) {
                    failures.incrementAndGet();
                }
            });
        }

        void abort() {
            socket.close();
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext context, Object event) throws Exception {
            if (event == WebSocketClientProtocolHandler.ClientHandshakeStateEvent.HANDSHAKE_COMPLETE) {
                open.complete(context.channel());
            } else if (event == WebSocketClientProtocolHandler.ClientHandshakeStateEvent.HANDSHAKE_TIMEOUT) {
                open.completeExceptionally(new IllegalStateException("WebSocket handshake timed out"));
            }
            super.userEventTriggered(context, event);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext context, Throwable cause) {
            if (!open.completeExceptionally(cause)) {
                failures.incrementAndGet();
                System.err.println("socket error: " + cause);
            }
            context.close();
        }

        @Override
        protected void channelRead0(ChannelHandlerContext context, TextWebSocketFrame message) {
            String frame = message.text();
            long now = System.nanoTime();
            if (frame.startsWith("{\"type\":\"chat.message\"")) {
                int sender = frame.indexOf("\"senderId\":\"") + 12;
                if (!frame.startsWith(userId, sender)) {
                    int t = frame.indexOf("\"text\":\"t=") + 10;
                    onDelivered.accept(Long.parseLong(frame.substring(t, frame.indexOf('"', t))), now);
                }
            } else if (frame.startsWith("{\"type\":\"pong\"") && pong != null) {
                pong.complete(null);
            } else if (frame.startsWith("{\"type\":\"error\"")) {
                failures.incrementAndGet();
                System.err.println("error frame: " + frame);
            }
        }
    }

    @FunctionalInterface
    private interface Delivered {
        void accept(long sentNanos, long receivedNanos);
    }
}
