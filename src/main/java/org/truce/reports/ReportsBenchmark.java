package org.truce.reports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.HttpURLConnection;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.truce.shared.Category;

/**
 * The speed of report intake, measured over HTTP against a running server: (a) a bulk import of
 * generated reports as NDJSON, timed with the heap's peak (when the server runs in this JVM),
 * and (b) single submissions from concurrent clients, with throughput and latency percentiles.
 * The generated reports are the same for the same seed.
 */
public final class ReportsBenchmark {

    private static final String[] PLACES = {"Sumy", "Kherson", "Kursk region", "Poltava Oblast", "Суджа",
            "Klimovsky district, Bryansk Region", "Nikopol, Dnipropetrovsk Oblast", "Belgorod"};
    private static final String[] MEANS = {"drone", "missile", "artillery", "glide_bomb", "unknown"};
    private static final String[] OUTCOMES = {"hit", "hit", "hit", "repelled", "debris"};

    private ReportsBenchmark() {
    }

    public record BulkFigures(long reports, long bytes, double seconds, double reportsPerSecond, long peakHeapBytes,
                              long maxHeapBytes, int status) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "bulk import: %,d reports (%,.1f MB NDJSON) in %.1f s = %,.0f reports/s; "
                            + "peak heap %,.0f MB of %,.0f MB max; HTTP %d", reports, bytes / 1e6, seconds,
                    reportsPerSecond, peakHeapBytes / 1e6, maxHeapBytes / 1e6, status);
        }
    }

    public record PostFigures(int clients, double seconds, long reports, long errors, double perSecond,
                              double p50Millis, double p99Millis, double maxMillis, double cpuMillisPerReport) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "single POST: %d clients for %.0f s: %,d reports = %,.0f reports/s; "
                            + "p50 %.1f ms, p99 %.1f ms, max %.1f ms; %d errors; this JVM's CPU %.2f ms per report",
                    clients, seconds, reports, perSecond, p50Millis, p99Millis, maxMillis, errors, cpuMillisPerReport);
        }
    }

    /** Writes {@code count} reports as NDJSON, the same ones for the same seed. */
    public static Path generate(Path file, long count, long seed) {
        Random random = new Random(seed);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (long i = 0; i < count; i++) {
                out.write(reportJson(random, "g" + seed + "-" + i));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /**
     * One generated report in the JSON form of {@code POST /api/reports}: an event over Ukraine and
     * western Russia (22-50° E, 44-60° N) over two years from March 2024, at the mix of precisions the verification
     * benchmark uses (78 % to the site, 20 % the town, 2 % the district or region; 40 % an instant,
     * 60 % a day), a tenth of them given by a place name for the gazetteer.
     */
    static String reportJson(Random random, String ref) {
        LocalDate date = LocalDate.of(2024, 3, 1).plusDays(random.nextInt(730));
        String where;
        if (random.nextInt(10) == 0) {
            where = "{\"place\":\"" + PLACES[random.nextInt(PLACES.length)] + "\"}";
        } else {
            int p = random.nextInt(1000);
            String precision = p < 780 ? "site" : p < 980 ? "town" : p < 999 ? "district" : "region";
            where = String.format(Locale.ROOT, "{\"latitude\":%.5f,\"longitude\":%.5f,\"precision\":\"%s\"}",
                    44 + random.nextDouble() * 16, 22 + random.nextDouble() * 28, precision);
        }
        String when = random.nextInt(10) < 4
                ? "{\"instant\":\"" + date + "T" + String.format(Locale.ROOT, "%02d:%02d", random.nextInt(24),
                random.nextInt(60)) + ":00Z\",\"precision\":\"exact\"}"
                : "{\"date\":\"" + date + "\",\"precision\":\"day\"}";
        Category category = Category.values()[random.nextInt(Category.values().length)];
        return "{\"when\":" + when + ",\"where\":" + where
                + ",\"target\":{\"category\":\"" + category.code() + "\",\"description\":\"generated report " + ref
                + "\"},\"means\":\"" + MEANS[random.nextInt(MEANS.length)] + "\",\"outcome\":\""
                + OUTCOMES[random.nextInt(OUTCOMES.length)] + "\",\"allegedPerpetrator\":\""
                + (random.nextBoolean() ? "UA" : "RU") + "\",\"source\":{\"kind\":\"open_source\",\"name\":\"bench wire\","
                + "\"address\":\"https://example.org/bench/" + ref + "\",\"publishedOn\":\"" + date.plusDays(1)
                + "\"},\"externalRef\":\"" + ref + "\"}";
    }

    /** Imports the NDJSON file in one request; the peak heap is this JVM's (meaningful when the server runs in it). */
    public static BulkFigures bulk(URI base, String token, Path ndjson, long reports) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        try {
            HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/reports/bulk?format=ndjson"))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/x-ndjson")
                    .timeout(Duration.ofMinutes(30))
                    .POST(HttpRequest.BodyPublishers.ofFile(ndjson)).build();
            long started = System.nanoTime();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            double seconds = (System.nanoTime() - started) / 1e9;
            long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            long max = Runtime.getRuntime().maxMemory();
            if (response.statusCode() != 201) {
                throw new IllegalStateException("the bulk import was refused: " + response.statusCode() + " "
                        + response.body().substring(0, Math.min(2000, response.body().length())));
            }
            return new BulkFigures(reports, Files.size(ndjson), seconds, reports / seconds, peak, max,
                    response.statusCode());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Single submissions from {@code clients} threads for the duration, after the warm-up (untimed). Each client
     * is one thread on one kept-alive connection that waits for each answer before it sends the next (blocking I/O,
     * so the load generator costs the shared cores as little as it can).
     */
    public static PostFigures posts(URI base, String token, int clients, Duration duration, Duration warmUp, long seed) {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicLong errors = new AtomicLong();
        long warmEnd = System.nanoTime() + warmUp.toNanos();
        long end = warmEnd + duration.toNanos();
        URL url = toUrl(base.resolve("/api/reports"));
        List<Future<long[]>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Random random = new Random(seed + c);
            int clientNumber = c;
            futures.add(pool.submit(() -> {
                long[] latencies = new long[1 << 16];
                int n = 0;
                long i = 0;
                byte[] discard = new byte[8192];
                while (true) {
                    long now = System.nanoTime();
                    if (now >= end) {
                        break;
                    }
                    byte[] body = reportJson(random, "p" + seed + "-" + clientNumber + "-" + i++)
                            .getBytes(StandardCharsets.UTF_8);
                    long started = System.nanoTime();
                    HttpURLConnection connection = (HttpURLConnection) url.openConnection();
                    connection.setRequestMethod("POST");
                    connection.setDoOutput(true);
                    connection.setFixedLengthStreamingMode(body.length);
                    connection.setConnectTimeout(30_000);
                    connection.setReadTimeout(30_000);
                    connection.setRequestProperty("Authorization", "Bearer " + token);
                    connection.setRequestProperty("Content-Type", "application/json");
                    try (OutputStream out = connection.getOutputStream()) {
                        out.write(body);
                    }
                    int status = connection.getResponseCode();
                    try (InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
                        while (in != null && in.read(discard) >= 0) {
                            // read to the end so the connection is kept alive for the next request
                        }
                    }
                    long took = System.nanoTime() - started;
                    if (status != 201) {
                        errors.incrementAndGet();
                    }
                    if (started >= warmEnd) {
                        if (n == latencies.length) {
                            latencies = Arrays.copyOf(latencies, n * 2);
                        }
                        latencies[n++] = took;
                    }
                }
                return Arrays.copyOf(latencies, n);
            }));
        }
        List<long[]> all = new ArrayList<>();
        long cpuAtWarmEnd = -1;
        try {
            Thread.sleep(Math.max(0, (warmEnd - System.nanoTime()) / 1_000_000));
            cpuAtWarmEnd = processCpuNanos();
            for (Future<long[]> future : futures) {
                all.add(future.get());
            }
        } catch (Exception e) {
            throw new IllegalStateException("a benchmark client failed", e);
        } finally {
            pool.shutdownNow();
        }
        long[] latencies = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        double seconds = duration.toNanos() / 1e9;
        double cpuMillis = (processCpuNanos() - cpuAtWarmEnd) / 1e6;
        return new PostFigures(clients, seconds, latencies.length, errors.get(), latencies.length / seconds,
                percentile(latencies, 0.50), percentile(latencies, 0.99),
                latencies.length == 0 ? 0 : latencies[latencies.length - 1] / 1e6,
                latencies.length == 0 ? 0 : cpuMillis / latencies.length);
    }

    /** The CPU time of this JVM (server and clients when they run in it), every thread, user and system. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static URL toUrl(URI uri) {
        try {
            return uri.toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }
}
