package dev.tandem.service.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import com.fasterxml.jackson.databind.JsonNode;

import dev.tandem.service.ApiClient;
import dev.tandem.service.ChildService;
import dev.tandem.service.Json;
import dev.tandem.service.ServiceOptions;
import dev.tandem.service.TandemService;
import dev.tandem.service.TestDatabases;

/**
 * A bounded load test on loopback: {@code CLIENTS} concurrent clients send {@code REQUESTS} requests, a mix of
 * transfer advice and stock updates, to a service after a warm-up. The service runs as users run it, in a JVM of
 * its own (or, with {@code --server inline}, in this one); the clients are plain blocking HTTP/1.1 connections
 * kept alive, one per client, so that they take as little of the shared cores as a load generator can.
 * It reports throughput and p50/p99 latency per kind, counts errors, and checks that no update was lost: every
 * acknowledged movement is in the stock afterwards. Run with {@code mvn -Pload -pl service -am verify
 * -DskipTests} (options through {@code -Dload.args="..."}).
 *
 * <p>Options: {@code --clients N} (50), {@code --requests N} (20000), {@code --warmup N} (2000),
 * {@code --update-share P} (0.3), {@code --db JDBC-URL} (an H2 file in a temporary folder),
 * {@code --server child|inline} (child), {@code --server-jvm "OPTIONS"} ({@code -Xmx512m}).
 */
public final class ServiceLoad {

    private static final List<String> STORES = List.of("SZ", "GZ", "DG", "FS", "ZH", "ZS", "HZ", "JM", "ZQ", "QY",
            "ST", "ZJ", "SG", "NN", "XM");
    private static final List<String> PARTS = List.of("HL-FL", "HL-FR", "TL-RL", "BRK-PAD-F", "WIPER", "TPMS",
            "12V-BATT", "CAM-F", "RADAR-F", "HV-FUSE", "CHG-PORT", "DCDC");

    private ServiceLoad() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int clients = Integer.parseInt(options.getOrDefault("clients", "50"));
        int requests = Integer.parseInt(options.getOrDefault("requests", "20000"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "2000"));
        double updateShare = Double.parseDouble(options.getOrDefault("update-share", "0.3"));
        String db = options.getOrDefault("db", TestDatabases.h2(Files.createTempDirectory("tandem-load")));
        String server = options.getOrDefault("server", "child");
        // every client keeps its connection: the JDK keeps at most 5 idle ones per host unless told otherwise
        System.setProperty("http.maxConnections", String.valueOf(clients + 10));
        if (server.equals("inline")) {
            try (TandemService service = TandemService.start(ServiceOptions.defaults().withDatabase(db).withPort(0)
                    .withHost("127.0.0.1").withDemo(true))) {
                measure(service.port(), "in this JVM on " + service.database().displayUrl(), clients, requests,
                        warmup, updateShare);
            }
        } else if (server.equals("child")) {
            List<String> jvm = List.of(options.getOrDefault("server-jvm", "-Xmx512m").trim().split("\\s+"));
            Path log = Files.createTempFile("tandem-load-server", ".log");
            try (ChildService service = ChildService.start(db, log, jvm)) {
                measure(service.port(), "in a JVM of its own (" + String.join(" ", jvm) + ") on " + db, clients,
                        requests, warmup, updateShare);
            }
        } else {
            throw new IllegalArgumentException("--server must be child or inline, not " + server);
        }
    }

    private static void measure(int port, String where, int clients, int requests, int warmup, double updateShare)
            throws Exception {
        System.out.printf(Locale.ROOT, "Load: %d clients, %d requests (%.0f %% stock updates) after %d warm-up; "
                + "the service %s; %d cores%n", clients, requests, updateShare * 100, warmup, where,
                Runtime.getRuntime().availableProcessors());
        Map<String, String> tokens = new HashMap<>();
        for (String store : STORES) {
            tokens.put(store, ApiClient.demo(port, store.toLowerCase(Locale.ROOT)).token());
        }
        Map<String, Integer> before = stock(port, tokens.get("SZ"));
        run(port, tokens, clients, warmup, updateShare, 7, null);
        Result result = new Result();
        long started = System.nanoTime();
        run(port, tokens, clients, requests, updateShare, 11, result);
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, Integer> after = stock(port, tokens.get("SZ"));
        long lost = 0;
        for (Map.Entry<String, Integer> row : after.entrySet()) {
            int expected = before.getOrDefault(row.getKey(), 0) + result.net.getOrDefault(row.getKey(),
                    new AtomicInteger()).get() + result.warmupNet(row.getKey());
            if (row.getValue() != expected) {
                lost++;
                System.out.printf("LOST UPDATE at %s: %d on hand, %d expected%n", row.getKey(), row.getValue(),
                        expected);
            }
        }
        System.out.printf(Locale.ROOT, "%d requests in %.1f s: %.0f requests/s; errors %d; lost updates %d%n",
                requests, seconds, requests / seconds, result.errors.sum(), lost);
        result.print("advice (GET /api/advice/transfer)", result.advice);
        result.print("update (POST /api/stock/movements)", result.updates);
    }

    private static final Map<String, AtomicInteger> WARMUP_NET = new ConcurrentHashMap<>();

    /** Latencies and outcomes of the measured run. */
    private static final class Result {
        final List<long[]> advice = new ArrayList<>();
        final List<long[]> updates = new ArrayList<>();
        final LongAdder errors = new LongAdder();
        final Map<String, AtomicInteger> net = new ConcurrentHashMap<>();

        synchronized void add(boolean update, long[] nanos) {
            (update ? updates : advice).add(nanos);
        }

        int warmupNet(String key) {
            return WARMUP_NET.getOrDefault(key, new AtomicInteger()).get();
        }

        void print(String kind, List<long[]> samples) {
            long[] all = samples.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            if (all.length == 0) {
                return;
            }
            System.out.printf(Locale.ROOT, "  %-36s %6d requests  p50 %6.2f ms  p99 %6.2f ms  max %7.2f ms%n", kind,
                    all.length, all[all.length / 2] / 1e6, all[(int) (all.length * 0.99)] / 1e6,
                    all[all.length - 1] / 1e6);
        }
    }

    private static void run(int port, Map<String, String> tokens, int clients, int requests, double updateShare,
            long seed, Result result) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger remaining = new AtomicInteger(requests);
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Random random = new Random(seed * 1_000 + c);
            String store = STORES.get(c % STORES.size());
            futures.add(pool.submit(() -> {
                List<Long> advice = new ArrayList<>();
                List<Long> updates = new ArrayList<>();
                boolean receiveNext = true;
                String part = PARTS.get(random.nextInt(PARTS.size()));
                String token = tokens.get(store);
                while (remaining.getAndDecrement() > 0) {
                    boolean update = random.nextDouble() < updateShare;
                    URL url;
                    String body = null;
                    if (update) {
                        if (receiveNext) {
                            part = PARTS.get(random.nextInt(PARTS.size()));
                        }
                        body = Json.write(Map.of("store", store, "part", part, "kind",
                                receiveNext ? "RECEIVE" : "CONSUME", "units", 1));
                        url = URI.create("http://127.0.0.1:" + port + "/api/stock/movements").toURL();
                    } else {
                        String asked = PARTS.get(random.nextInt(PARTS.size()));
                        url = URI.create("http://127.0.0.1:" + port + "/api/advice/transfer?store=" + store + "&part="
                                + asked + "&quantity=" + (1 + random.nextInt(3))).toURL();
                    }
                    long start = System.nanoTime();
                    int status;
                    try {
                        status = send(url, token, body);
                    } catch (IOException e) {
                        status = -1;
                    }
                    long nanos = System.nanoTime() - start;
                    boolean ok = update ? status == 201 : status == 200;
                    if (ok && update) {
                        Map<String, AtomicInteger> net = result == null ? WARMUP_NET : result.net;
                        net.computeIfAbsent(store + "/" + part, key -> new AtomicInteger())
                                .addAndGet(receiveNext ? 1 : -1);
                        receiveNext = !receiveNext;
                    }
                    if (result != null) {
                        if (!ok) {
                            result.errors.increment();
                        }
                        (update ? updates : advice).add(nanos);
                    }
                }
                if (result != null) {
                    result.add(false, advice.stream().mapToLong(Long::longValue).toArray());
                    result.add(true, updates.stream().mapToLong(Long::longValue).toArray());
                }
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();
    }

    /**
     * One request on a kept-alive connection: the body read to its end and closed, so that the JDK reuses the
     * connection for the client's next request.
     */
    private static int send(URL url, String token, String body) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) url.openConnection();
        connection.setConnectTimeout(5_000);
        connection.setReadTimeout(60_000);
        connection.setRequestProperty("Authorization", "Bearer " + token);
        if (body != null) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            connection.setRequestMethod("POST");
            connection.setDoOutput(true);
            connection.setRequestProperty("Content-Type", "application/json");
            connection.setFixedLengthStreamingMode(bytes.length);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(bytes);
            }
        }
        int status = connection.getResponseCode();
        try (InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
            if (in != null) {
                in.readAllBytes();
            }
        }
        return status;
    }

    /** On hand per "store/part" for the parts the load touches. */
    private static Map<String, Integer> stock(int port, String token) {
        Map<String, Integer> stock = new HashMap<>();
        for (String part : PARTS) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/api/views/stock?part=" + part)).header("Authorization", "Bearer " + token).GET().build();
            try {
                JsonNode view = Json.MAPPER.readTree(HttpClient.newHttpClient().send(request,
                        HttpResponse.BodyHandlers.ofString()).body());
                for (JsonNode holding : view.get("holdings")) {
                    stock.put(holding.get("store").asText() + "/" + part, holding.get("onHand").asInt());
                }
            } catch (Exception e) {
                throw new IllegalStateException("Cannot read the stock of " + part, e);
            }
        }
        return stock;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }
}
