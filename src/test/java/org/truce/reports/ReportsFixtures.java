package org.truce.reports;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.truce.testing.Api;

/** Reports as a client writes them, and the counts a refused request must leave as they were. */
public final class ReportsFixtures {

    private ReportsFixtures() {
    }

    /** A valid report of a drone hit on a substation near Sumy, with a unique external reference. */
    public static Map<String, Object> report() {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("when", Map.of("date", "2025-03-25", "precision", "day"));
        report.put("where", new LinkedHashMap<>(Map.of("latitude", 50.91, "longitude", 34.80, "precision", "town")));
        report.put("target", new LinkedHashMap<>(Map.of("category", "substation", "description", "transformer fire")));
        report.put("means", "drone");
        report.put("outcome", "hit");
        report.put("allegedPerpetrator", "RU");
        report.put("source", new LinkedHashMap<>(Map.of("kind", "open_source", "name", "test wire",
                "address", "https://example.org/news/1", "publishedOn", "2025-03-26")));
        report.put("externalRef", "t-" + UUID.randomUUID());
        return report;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> with(Map<String, Object> report, String path, Object value) {
        String[] parts = path.split("\\.");
        Map<String, Object> node = report;
        for (int i = 0; i < parts.length - 1; i++) {
            node = (Map<String, Object>) node.computeIfAbsent(parts[i], k -> new LinkedHashMap<>());
        }
        if (value == null) {
            node.remove(parts[parts.length - 1]);
        } else {
            node.put(parts[parts.length - 1], value);
        }
        return report;
    }

    /** What every refused request must leave unchanged: the reports stored and the ledger's size. */
    record Counts(long reports, long ledger, long evidence) {
        static Counts of(JdbcTemplate jdbc) {
            return new Counts(jdbc.queryForObject("SELECT COUNT(*) FROM report", Long.class),
                    jdbc.queryForObject("SELECT size FROM ledger_head WHERE id = 1", Long.class),
                    jdbc.queryForObject("SELECT COUNT(*) FROM evidence_upload", Long.class));
        }
    }

    /** A multipart/form-data body with one file part named {@code file}. */
    public static Api.Response upload(Api api, byte[] content, String declaredType) {
        String boundary = "----truce" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"evidence.bin\"\r\n"
                + "Content-Type: " + declaredType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return api.post("/api/evidence", "multipart/form-data; boundary=" + boundary, body);
    }

    /** A small PNG-looking file whose content differs by the seed. */
    public static byte[] png(long seed) {
        List<Byte> bytes = new ArrayList<>();
        for (int b : new int[] {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}) {
            bytes.add((byte) b);
        }
        java.util.Random random = new java.util.Random(seed);
        for (int i = 0; i < 256; i++) {
            bytes.add((byte) random.nextInt());
        }
        byte[] out = new byte[bytes.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = bytes.get(i);
        }
        return out;
    }
}
