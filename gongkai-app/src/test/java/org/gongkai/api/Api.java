package org.gongkai.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small client for the JSON API that talks real HTTP to the test server, so every call passes
 * through the same Spring Security filter chain, message converters and error handling as a call
 * from an office automation system would.
 */
final class Api {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    Api(int port) {
        this.base = "http://localhost:" + port;
    }

    /** A JSON object from alternating keys and values; unlike Map.of it keeps nulls and the order. */
    static Map<String, Object> json(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    Response get(String path, String token) {
        return send("GET", path, null, null, token);
    }

    Response post(String path, Object body, String token) {
        return send("POST", path, body, "application/json", token);
    }

    Response put(String path, Object body, String token) {
        return send("PUT", path, body, "application/json", token);
    }

    /**
     * Sends one request. {@code body} is sent as is when it is a String (to test malformed input),
     * otherwise written as JSON. Extra headers come in name/value pairs.
     */
    Response send(String method, String path, Object body, String contentType, String token, String... headers) {
        String payload = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .method(method, payload == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8));
        if (contentType != null && payload != null) {
            b.header("Content-Type", contentType);
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(method + " " + path, r.statusCode(), r.body(), r.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** POST /api/v1/auth/token; extra headers in name/value pairs. */
    Response requestToken(String username, String password, String... headers) {
        return send("POST", "/api/v1/auth/token", json("username", username, "password", password), "application/json",
                null, headers);
    }

    /** Signs in and returns the bearer token, failing the test if sign-in does not work. */
    String login(String username, String password) {
        Response r = requestToken(username, password);
        assertThat(r.status()).as("sign-in of %s: %s", username, r.body()).isEqualTo(200);
        return r.text("token");
    }

    /** What came back: status, body and headers, with JSON helpers. */
    record Response(String request, int status, String body, HttpHeaders headers) {

        JsonNode json() {
            assertThat(body).as("%s answered %s with no body", request, status).isNotBlank();
            return JSON.readTree(body);
        }

        /** A string member of a JSON object, or null when it is absent or null. */
        String text(String field) {
            JsonNode n = json().path(field);
            return n.isMissingNode() || n.isNull() ? null : n.asString();
        }

        long id() {
            return json().path("id").asLong();
        }

        String message() {
            return text("message");
        }

        String field() {
            return text("field");
        }

        String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        /** The elements of a JSON array body. */
        List<JsonNode> list() {
            JsonNode n = json();
            assertThat(n.isArray()).as("%s should answer a JSON array: %s", request, body).isTrue();
            return new ArrayList<>(n.values());
        }

        @Override
        public String toString() {
            return request + " -> " + status + " " + body;
        }
    }
}
