package org.truce.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

import org.truce.reports.BulkFormat;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@Command(name = "reports", mixinStandardHelpOptions = true,
        description = "Import reports from a CSV, GeoJSON or NDJSON file through POST /api/reports/bulk: streamed, "
                + "with a progress bar; all rows are written or none.")
class ImportReportsCommand implements Callable<Integer> {

    private static final int SHOWN_ERRORS = 20;

    @Parameters(index = "0", paramLabel = "FILE", description = "the file (.csv, .geojson/.json, .ndjson/.jsonl)")
    Path file;

    @Option(names = "--url", defaultValue = "http://localhost:8080", description = "the server (default: ${DEFAULT-VALUE})")
    URI url;

    @Option(names = "--token", required = true, defaultValue = "${env:TRUCE_TOKEN}",
            description = "your API token (default: the TRUCE_TOKEN environment variable)")
    String token;

    @Option(names = "--format", description = "csv, geojson or ndjson (default: by the file's extension)")
    String format;

    @Override
    public Integer call() throws Exception {
        PrintStream err = System.err;
        if (!Files.isRegularFile(file)) {
            err.println("truce import: no file " + file);
            return 2;
        }
        BulkFormat bulkFormat = (format != null ? BulkFormat.byCode(format) : BulkFormat.byFileName(file.toString()))
                .orElse(null);
        if (bulkFormat == null) {
            err.println("truce import: say the format with --format csv|geojson|ndjson");
            return 2;
        }
        long size = Files.size(file);
        AtomicLong sent = new AtomicLong();
        HttpRequest request = HttpRequest.newBuilder(url.resolve("/api/reports/bulk?format=" + bulkFormat.code()))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", bulkFormat.mediaType())
                .timeout(Duration.ofHours(1))
                .POST(HttpRequest.BodyPublishers.fromPublisher(
                        HttpRequest.BodyPublishers.ofInputStream(() -> counting(file, sent)), size))
                .build();
        long started = System.nanoTime();
        Thread progress = new Thread(() -> progress(err, sent, size, started), "truce-import-progress");
        progress.setDaemon(true);
        progress.start();
        HttpResponse<String> response;
        try {
            response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            progress.interrupt();
            err.println();
            err.println("truce import: cannot reach " + url + ": " + e.getMessage());
            return 2;
        } finally {
            progress.interrupt();
            progress.join(1000);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        err.println();
        return summary(response, seconds);
    }

    private int summary(HttpResponse<String> response, double seconds) {
        JsonNode body;
        try {
            body = JsonMapper.builder().build().readTree(response.body());
        } catch (RuntimeException e) {
            System.err.println("truce import: HTTP " + response.statusCode() + " " + response.body());
            return 2;
        }
        if (response.statusCode() == 201) {
            System.out.printf(Locale.ROOT, "imported %,d reports from %s in %.1f s (first %s, last %s)%n",
                    body.get("imported").asLong(), file.getFileName(), seconds, body.get("firstId").asString(),
                    body.get("lastId").asString());
            return 0;
        }
        System.out.println("refused (HTTP " + response.statusCode() + "), nothing was imported: "
                + body.path("detail").asString());
        JsonNode errors = body.path("errors");
        for (int i = 0; i < Math.min(SHOWN_ERRORS, errors.size()); i++) {
            System.out.println("  " + errors.get(i).path("field").asString() + ": " + errors.get(i).path("reason").asString());
        }
        if (errors.size() > SHOWN_ERRORS) {
            System.out.println("  … and " + (errors.size() - SHOWN_ERRORS) + " more");
        }
        return 1;
    }

    private static String bytes(long count) {
        return count < 1_000_000 ? String.format(Locale.ROOT, "%,.1f kB", count / 1e3)
                : String.format(Locale.ROOT, "%,.1f MB", count / 1e6);
    }

    private static InputStream counting(Path file, AtomicLong sent) {
        try {
            return new FilterInputStream(Files.newInputStream(file)) {
                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = super.read(buffer, offset, length);
                    if (n > 0) {
                        sent.addAndGet(n);
                    }
                    return n;
                }
            };
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A bar on stderr by bytes sent; then, while the server validates and writes, the time waited. */
    private static void progress(PrintStream err, AtomicLong sent, long size, long started) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                long done = sent.get();
                double fraction = size == 0 ? 1 : (double) done / size;
                int filled = (int) Math.round(fraction * 30);
                String bar = "#".repeat(filled) + "-".repeat(30 - filled);
                double elapsed = (System.nanoTime() - started) / 1e9;
                String state = done >= size ? "sent; the server validates and writes…" : "sending";
                err.printf(Locale.ROOT, "\r[%s] %3.0f%% %s/%s %5.1f s %s", bar, fraction * 100, bytes(done),
                        bytes(size), elapsed, state);
                Thread.sleep(250);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
