package org.truce.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.reports.ReportsFixtures.png;
import static org.truce.reports.ReportsFixtures.report;
import static org.truce.reports.ReportsFixtures.upload;
import static org.truce.reports.ReportsFixtures.with;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.truce.reports.ReportsFixtures.Counts;
import org.truce.testing.Api;
import org.truce.testing.IntegrationTest;

/** Evidence files: stored by SHA-256, deduplicated, typed by their content, readable only as their reports are. */
class EvidenceApiTest extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    @Test
    void aFileIsStoredByItsHashOnceAndTypedByItsContent() throws Exception {
        byte[] content = png(System.nanoTime());
        Api.Response stored = upload(ua(), content, "application/pdf");
        assertThat(stored.status()).as(stored.toString()).isEqualTo(201);
        assertThat(stored.json().get("sha256").asString()).isEqualTo(sha256(content));
        assertThat(stored.json().get("mediaType").asString()).as("sniffed, not the declared type").isEqualTo("image/png");
        assertThat(stored.json().get("sizeBytes").asLong()).isEqualTo(content.length);

        Counts before = Counts.of(jdbc);
        Api.Response again = upload(ua(), content, "image/png");
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get("sha256").asString()).isEqualTo(sha256(content));
        assertThat(Counts.of(jdbc)).as("the same file from the same uploader is not recorded twice").isEqualTo(before);

        Api.Response download = ua().get("/api/evidence/" + sha256(content));
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).isEqualTo("image/png");
    }

    @Test
    void aFileOfAnotherTypeIsRefusedAndNothingIsWritten() {
        Counts before = Counts.of(jdbc);
        byte[] executable = "MZ\u0090\u0000\u0003\u0000\u0000\u0000".getBytes(StandardCharsets.ISO_8859_1);
        Api.Response refused = upload(monitor(), executable, "image/jpeg");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("field").asString()).isEqualTo("file");
        assertThat(Counts.of(jdbc)).isEqualTo(before);
    }

    @Test
    void evidenceIsReadableAsTheReportsListingItAreAndByItsUploader() throws Exception {
        byte[] content = png(System.nanoTime() + 1);
        String hash = upload(ua(), content, "image/png").json().get("sha256").asString();
        assertThat(ru().get("/api/evidence/" + hash).status()).isEqualTo(404);
        assertThat(monitor().get("/api/evidence/" + hash).status()).as("listed in no report yet").isEqualTo(404);

        Counts before = Counts.of(jdbc);
        Api.Response stolen = ru().post("/api/reports", with(report(), "evidence", List.of(hash)));
        assertThat(stolen.status()).as("RU may not cite a file it cannot read").isEqualTo(400);
        assertThat(stolen.json().get("field").asString()).isEqualTo("evidence");
        assertThat(Counts.of(jdbc)).isEqualTo(before);

        Api.Response listed = ua().post("/api/reports", with(report(), "evidence", List.of(hash)));
        assertThat(listed.status()).as(listed.toString()).isEqualTo(201);
        assertThat(listed.json().get("evidence").get(0).asString()).isEqualTo(hash);
        assertThat(monitor().get("/api/evidence/" + hash).status()).isEqualTo(200);
        assertThat(ua().get("/api/evidence/" + hash).status()).isEqualTo(200);
        Api.Response hidden = ru().get("/api/evidence/" + hash);
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(ru().get("/api/evidence/" + "0".repeat(64)).body())
                .isEqualTo(hidden.body().replace(hash, "0".repeat(64)));
        assertThat(api.get("/api/evidence/" + hash).status()).isEqualTo(404);
    }
}
