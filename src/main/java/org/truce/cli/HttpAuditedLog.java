package org.truce.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.truce.ledger.AuditedLog;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A Truce server's ledger API as the auditor reaches it: plain HTTP, nothing trusted. */
final class HttpAuditedLog implements AuditedLog {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final String base;
    private final String token;

    HttpAuditedLog(String url, String token) {
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.token = token;
    }

    @Override
    public String publicKey() {
        return get("/api/ledger/public-key", "text/plain", false).strip();
    }

    @Override
    public String checkpoint() {
        return get("/api/ledger/checkpoint", "text/plain", false);
    }

    @Override
    public List<String> cosignerKeys(long size) {
        JsonNode checkpoint = json("/api/ledger/checkpoint?size=" + size, false);
        List<String> keys = new ArrayList<>();
        for (JsonNode cosignature : checkpoint.path("cosignatures")) {
            keys.add(cosignature.path("vkey").asString());
        }
        return keys;
    }

    @Override
    public List<byte[]> consistencyProof(long first, long second) {
        JsonNode proof = json("/api/ledger/proof/consistency?first=" + first + "&second=" + second, false);
        if (proof.path("first").asLong(-1) != first || proof.path("second").asLong(-1) != second) {
            throw new Unavailable("the log answered a consistency proof for other sizes than asked");
        }
        return hashes(proof.path("hashes"));
    }

    @Override
    public List<Entry> entries(long start, long end) {
        List<Entry> entries = new ArrayList<>();
        for (JsonNode entry : json("/api/ledger/entries?start=" + start + "&end=" + end, false)) {
            entries.add(new Entry(entry.path("seq").asLong(), entry.path("body").asString(),
                    decode(entry.path("leafHash").asString())));
        }
        return entries;
    }

    @Override
    public List<Record> records(long start, long end) {
        List<Record> records = new ArrayList<>();
        for (JsonNode record : json("/api/ledger/records?start=" + start + "&end=" + end, true)) {
            records.add(new Record(record.path("seq").asLong(), record.path("status").asString(),
                    record.path("action").asString(), record.path("subject").asString(),
                    record.path("actor").asString(), record.path("salt").asString(null), record.get("content")));
        }
        return records;
    }

    private JsonNode json(String path, boolean authenticated) {
        try {
            return JSON.readTree(get(path, "application/json", authenticated));
        } catch (JacksonException e) {
            throw new Unavailable(path + " did not answer JSON", e);
        }
    }

    private String get(String path, String accept, boolean authenticated) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(120)).header("Accept", accept).GET();
        if (authenticated && token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new Unavailable("cannot reach " + base + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new Unavailable("GET " + path + " answered " + response.statusCode() + problem(response.body()));
        }
        return response.body();
    }

    private static String problem(String body) {
        try {
            JsonNode problem = JSON.readTree(body);
            String detail = problem.path("detail").asString("");
            return detail.isEmpty() ? "" : " (" + detail + ")";
        } catch (JacksonException e) {
            return "";
        }
    }

    private static List<byte[]> hashes(JsonNode array) {
        List<byte[]> hashes = new ArrayList<>();
        for (JsonNode hash : array) {
            hashes.add(decode(hash.asString()));
        }
        return hashes;
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new Unavailable("the log served a hash that is not base64: " + base64);
        }
    }
}
