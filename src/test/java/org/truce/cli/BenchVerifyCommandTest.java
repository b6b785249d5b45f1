package org.truce.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.truce.verification.VerificationBenchmark;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine benchmark runs, reproducibly, and exports what the PostGIS side by side loads (timings not asserted). */
class BenchVerifyCommandTest {

    @Test
    void theVerificationBenchmarkIsReproducibleAndExportsItsDataAndMatches(@TempDir Path dir) throws Exception {
        VerificationBenchmark.Figures first = VerificationBenchmark.run(5_000, 500, 7, dir, 3);
        VerificationBenchmark.Figures again = VerificationBenchmark.run(5_000, 500, 7, null);
        assertThat(first.incidents()).isEqualTo(again.incidents()).isBetween(1_000, 5_000);
        assertThat(first.verdicts()).isEqualTo(again.verdicts());
        assertThat(first.incidentsChecksum()).isEqualTo(again.incidentsChecksum()).matches("[0-9a-f]{16}");
        assertThat(first.verdicts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(first.incidents());
        assertThat(Files.readAllLines(dir.resolve("claims.csv"))).hasSize(5_000);
        assertThat(Files.readAllLines(dir.resolve("sites.csv"))).hasSize(500);
        assertThat(Files.readString(dir.resolve("truce-matches.txt")).strip())
                .isEqualTo(first.linkedPairs() + " " + first.siteMatches() + " " + first.checksum());
        assertThat(first.linkedPairs()).isPositive();
        assertThat(first.warmTotals()).as("one total per warm pass, the reported pass among them").hasSize(3)
                .contains(first.correlationMillis() + first.determinationMillis());
        assertThat(TruceCommand.execute("bench", "verify", "--reports", "2000", "--sites", "200")).isZero();
    }
}
