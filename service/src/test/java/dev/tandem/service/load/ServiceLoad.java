package dev.tandem.service.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
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
import dev.tandem.service.Json;
import dev.tandem.service.ServiceOptions;
import dev.tandem.service.TandemService;
import dev.tandem.service.TestDatabases;

/**
 * A bounded load test on loopback: {@code CLIENTS} concurrent clients send {@code REQUESTS} requests, a mix of
 * transfer advice and stock updates, to a service started in this JVM, after a warm-up.
 * It reports throughput and p50/p99 latency per kind, counts errors, and checks that no update was lost: every
 * acknowledged movement is in the stock afterwards. Run with {@code mvn -Pload -pl service -am verify
 * -DskipTests} (options through {@code -Dload.args="..."}).
 *
 * <p>Options: {@code --clients N} (50), {@code --requests N} (20000), {@code --warmup N} (2000),
 * {@code --update-share P} (0.3), {@code --db JDBC-URL} (an H2 file in a temporary folder).
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
        try (TandemService service = TandemService.start(ServiceOptions.defaults().withDatabase(db).withPort(0)
                .withHost("127.0.0.1").withDemo(true))) {
            int port = service.port();
            System.out.printf(Locale.ROOT, "Load: %d clients, %d requests (%.0f %% stock updates) after %d warm-up, "
                    + "on %s, %d cores%n", clients, requests, updateShare * 100, warmup, service.database().displayUrl(),
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
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5)).build();
                List<Long> advice = new ArrayList<>();
                List<Long> updates = new ArrayList<>();
                boolean receiveNext = true;
                String part = PARTS.get(random.nextInt(PARTS.size()));
                while (remaining.getAndDecrement() > 0) {
                    boolean update = random.nextDouble() < updateShare;
                    HttpRequest request;
                    if (update) {
                        if (receiveNext) {
                            part = PARTS.get(random.nextInt(PARTS.size()));
                        }
                        String body = Json.write(Map.of("store", store, "part", part, "kind",
                                receiveNext ? "RECEIVE" : "CONSUME", "units", 1));
                        request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                                + "/api/stock/movements")).header("Authorization", "Bearer " + tokens.get(store))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    } else {
                        String asked = PARTS.get(random.nextInt(PARTS.size()));
                        request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                                + "/api/advice/transfer?store=" + store + "&part=" + asked + "&quantity="
                                + (1 + random.nextInt(3)))).header("Authorization", "Bearer " + tokens.get(store))
                                .GET().build();
                    }
                    long start = System.nanoTime();
                    int status;
                    try {
                        status = http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
                    } catch (Exception e) {
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
