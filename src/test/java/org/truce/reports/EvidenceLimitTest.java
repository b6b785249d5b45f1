package org.truce.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.truce.reports.ReportsFixtures.Counts;
import org.truce.testing.Api;
import org.truce.testing.TestApplications;
import org.truce.testing.TestDatabase;

/** Uploads and bulk bodies past their limits are refused while they stream, and nothing is kept. */
class EvidenceLimitTest {

    private static final String DATABASE = "truce_evidence_limit";
    private static ConfigurableApplicationContext app;

    @BeforeAll
    static void start() {
        Map<String, String> properties = new HashMap<>(TestDatabase.fresh(DATABASE));
        properties.put("truce.demo.seed", "true");
        properties.put("truce.reports.evidence.max-bytes", "65536");
        properties.put("truce.reports.bulk.max-bytes", "4096");
        app = TestApplications.start(DATABASE, properties);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void anUploadOverTheLimitIsRefusedNamingTheFileAndNothingIsStored() throws IOException {
        Api ua = TestApplications.api(app).as("demo-ua");
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        Counts before = Counts.of(jdbc);
        Path evidence = Path.of("target/test-data", DATABASE, "evidence");
        List<Path> filesBefore = files(evidence);
        byte[] large = new byte[1_000_000];
        System.arraycopy(ReportsFixtures.png(7), 0, large, 0, 64);
        Api.Response refused = ReportsFixtures.upload(ua, large, "image/png");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(413);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().get("field").asString()).isEqualTo("file");
        assertThat(Counts.of(jdbc)).isEqualTo(before);
        assertThat(files(evidence)).as("no file kept").isEqualTo(filesBefore);

        Api.Response small = ReportsFixtures.upload(ua, ReportsFixtures.png(8), "image/png");
        assertThat(small.status()).as("under the limit").isEqualTo(201);
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void aBulkBodyOverTheLimitIsRefusedNamingTheBody() {
        Api monitor = TestApplications.api(app).as("demo-monitor");
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        Counts before = Counts.of(jdbc);
        StringBuilder ndjson = new StringBuilder();
        while (ndjson.length() < 10_000) {
            ndjson.append(Api.JSON.writeValueAsString(ReportsFixtures.report())).append('\n');
        }
        Api.Response refused = monitor.post("/api/reports/bulk?format=ndjson", "application/x-ndjson",
                ndjson.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(413);
        assertThat(refused.json().get("field").asString()).isEqualTo("body");
        assertThat(Counts.of(jdbc)).isEqualTo(before);
    }
}
