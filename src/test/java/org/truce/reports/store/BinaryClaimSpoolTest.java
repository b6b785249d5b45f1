package org.truce.reports.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.truce.reports.Casualties;
import org.truce.reports.Claim;
import org.truce.reports.GeoPrecision;
import org.truce.reports.Outcome;
import org.truce.reports.ReportLocation;
import org.truce.reports.ReportSource;
import org.truce.reports.ReportTime;
import org.truce.reports.SourceKind;
import org.truce.reports.Target;
import org.truce.reports.TimePrecision;
import org.truce.shared.Category;
import org.truce.shared.Means;

/** A bulk import's claims come back from the spool exactly as they went in, as often as the write runs. */
class BinaryClaimSpoolTest {

    @TempDir
    Path folder;

    @Test
    void claimsComeBackExactlyAndTheFileIsGoneAfterwards() {
        Claim full = new Claim(new ReportSource(SourceKind.PARTY, "RU", "Ministry", "https://example.org/x",
                LocalDate.of(2025, 3, 21)), ReportTime.local(LocalDate.of(2025, 3, 21), TimePrecision.WEEK,
                ZoneId.of("Europe/Moscow")), "Суджа", new ReportLocation(51.19, 35.27, 2000.5, GeoPrecision.SITE,
                "RU-KRS", "RU", true), List.of("RU-KRS"), new Target("site_x", Category.GAS_METERING, "station"),
                Means.ARTILLERY, Outcome.DEBRIS, "UA", "fire", new Casualties(null, 3), List.of("a".repeat(64)),
                "rep_abc", "c01");
        Claim sparse = new Claim(new ReportSource(SourceKind.MONITOR, null, null, null, null),
                ReportTime.exact(Instant.parse("2025-03-21T14:05:00.123Z")), null, null, List.of("RU-BRY", "RU-BEL"),
                new Target(null, null, "aggregate"), Means.UNKNOWN, Outcome.HIT, null, null, null, List.of(), null, null);
        List<Claim> read = new ArrayList<>();
        try (BinaryClaimSpool spool = new BinaryClaimSpool(folder)) {
            spool.add(full);
            spool.add(sparse);
            spool.forEach(read::add);
            spool.forEach(read::add);
        }
        assertThat(read).containsExactly(full, sparse, full, sparse);
        assertThat(folder.toFile().listFiles()).isEmpty();
    }
}
