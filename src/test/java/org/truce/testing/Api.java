package org.truce.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The HTTP API as a user's client sees it: real requests to the running test server. */
public final class Api {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String base;
    private final String token;

    public Api(int port) {
        this("http://localhost:" + port, null);
    }

    private Api(String base, String token) {
        this.base = base;
        this.token = token;
    }

    /** The same API with a bearer token (null for the public). */
    public Api as(String bearerToken) {
        return new Api(base, bearerToken);
    }

    public String base() {
        return base;
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response get(String path, String accept) {
        return send(request(path).header("Accept", accept).GET());
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    /** POSTs a value as JSON (a String is sent as it is, to test malformed bodies). */
    public Response post(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").POST(body(body)));
    }

    public Response put(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").PUT(body(body)));
    }

    public Response post(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private static HttpRequest.BodyPublisher body(Object body) {
        String text = body instanceof String s ? s : JSON.writeValueAsString(body);
        return HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8);
    }

    /** An answer: status, content type and body, with the body as JSON on demand. */
    public record Response(int status, String contentType, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + (body.length() > 2000 ? body.substring(0, 2000) + "…" : body);
        }
    }
}
