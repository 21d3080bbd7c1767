package dev.tandem.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/** A small JSON client for the service's API, logged in as one user (or none). */
public final class ApiClient {

    /** A response: status, parsed body (missing when not JSON) and the raw text. */
    public record Response(int status, JsonNode json, String text, Map<String, java.util.List<String>> headers) {

        public String header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private final String token;

    private ApiClient(String base, String token) {
        this.base = base;
        this.token = token;
    }

    public static ApiClient anonymous(int port) {
        return new ApiClient("http://localhost:" + port, null);
    }

    /** Logs in; fails the test when the login is refused. */
    public static ApiClient login(int port, String username, String password) {
        Response response = anonymous(port).post("/api/login", Map.of("username", username, "password", password));
        if (response.status() != 200) {
            throw new AssertionError("Login of " + username + " failed: " + response.status() + " " + response.text());
        }
        return new ApiClient("http://localhost:" + port, response.json().get("token").asText());
    }

    /** The demo user of a store (lower-case id, password demo-id), or hq. */
    public static ApiClient demo(int port, String user) {
        return login(port, user, "demo-" + user);
    }

    public String token() {
        return token;
    }

    public Response get(String path) {
        return send(builder(path).GET());
    }

    public Response post(String path, Object body) {
        return send(builder(path).POST(body(body)));
    }

    public Response post(String path, Object body, String idempotencyKey) {
        return send(builder(path).header("Idempotency-Key", idempotencyKey).POST(body(body)));
    }

    public Response put(String path, Object body) {
        return send(builder(path).PUT(body(body)));
    }

    public Response send(String method, String path, String rawBody) {
        return send(builder(path).method(method, HttpRequest.BodyPublishers.ofString(rawBody)));
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private static HttpRequest.BodyPublisher body(Object body) {
        return HttpRequest.BodyPublishers.ofString(body instanceof String text ? text : Json.write(body));
    }

    private static Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json;
            try {
                json = response.body().isEmpty() ? MissingNode.getInstance() : Json.MAPPER.readTree(response.body());
            } catch (IOException e) {
                json = MissingNode.getInstance();
            }
            return new Response(response.statusCode(), json, response.body(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
