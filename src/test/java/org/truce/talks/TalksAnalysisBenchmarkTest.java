package org.truce.talks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TalksAnalysisBenchmarkTest {

    @Test
    void problemIsReproducibleFromItsSeed() {
        assertThat(TalksAnalysisBenchmark.problem(7, 4, 5)).isEqualTo(TalksAnalysisBenchmark.problem(7, 4, 5));
        assertThat(TalksAnalysisBenchmark.problem(7, 4, 5)).isNotEqualTo(TalksAnalysisBenchmark.problem(8, 4, 5));
    }

    @Test
    void smallRunReportsConsistentFigures() {
        TalksAnalysisBenchmark.Figures figures = TalksAnalysisBenchmark.run(7, 3, 5, 1, 3);
        TalksAnalysisBenchmark.Problem problem = TalksAnalysisBenchmark.problem(7, 3, 5);
        PackageAnalysis analysis = PackageAnalysis.of(problem.first(), problem.second());
        assertThat(figures.packages()).isEqualTo(125);
        assertThat(figures.feasible()).isEqualTo(analysis.feasibleCount());
        assertThat(figures.frontierPoints()).isEqualTo(analysis.frontier().size());
        assertThat(figures.runs()).isEqualTo(3);
        assertThat(figures.bestMillis()).isLessThanOrEqualTo(figures.medianMillis());
        assertThat(figures.medianMillis()).isLessThanOrEqualTo(figures.worstMillis());
        assertThat(figures.toString()).startsWith("talks analysis: 125 packages").contains("median");
    }

    /** The budget is 2 s for a million packages on a 2-core machine; the analysis takes milliseconds. */
    @Test
    void aMillionPackagesWellWithinBudget() {
        TalksAnalysisBenchmark.Figures figures = TalksAnalysisBenchmark.run(
                TalksAnalysisBenchmark.DEFAULT_SEED, 6, 10, 2, 3);
        assertThat(figures.packages()).isEqualTo(1_000_000);
        assertThat(figures.feasible()).isPositive();
        assertThat(figures.worstMillis()).isLessThan(2000);
    }
}
