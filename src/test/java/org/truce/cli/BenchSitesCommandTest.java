package org.truce.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.truce.sites.SiteIndexBenchmark;

/** The benchmark runs and measures queries that find sites (its timings are not asserted). */
class BenchSitesCommandTest {

    @Test
    void theSitesBenchmarkRunsItsQueriesOverRandomSites() {
        SiteIndexBenchmark.Figures figures = SiteIndexBenchmark.run(20_000, 500, 10_000, 42);
        assertThat(figures.queries()).isEqualTo(500);
        // 20,000 sites over about 3.4 million km²: a 10 km circle holds about 1.8 on average
        assertThat(figures.meanHits()).isBetween(1.0, 3.0);
        assertThat(figures.toString()).contains("median", "p99");
        assertThat(TruceCommand.execute("bench", "sites", "--sites", "2000", "--queries", "50")).isZero();
    }
}
