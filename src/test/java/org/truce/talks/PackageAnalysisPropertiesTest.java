package org.truce.talks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.truce.talks.PackageAnalysis.FrontierPoint;
import org.truce.talks.PackageAnalysis.Improvement;
import org.truce.talks.PackageAnalysis.ImprovementRule;
import org.truce.talks.PackageAnalysis.KalaiSmorodinsky;
import org.truce.talks.RandomProblems.Candidate;

/** The analysis checked against a brute-force reading of the definitions on small random problems. */
class PackageAnalysisPropertiesTest {

    /** Cases come from a fixed seed, so a failure names its case and reproduces. */
    private static final long SEED = 20240806L;
    private static final int CASES = 1000;

    static Stream<RandomProblems> problems() {
        Random random = new Random(SEED);
        return IntStream.range(0, CASES)
                .mapToObj(i -> RandomProblems.generate(1 + random.nextInt(4), 1 + random.nextInt(4), random.nextLong()));
    }

    static Stream<Arguments> problemsWithPicks() {
        Random random = new Random(SEED + 1);
        return problems().map(problem -> Arguments.of(problem, random.nextLong()));
    }

    static Stream<Arguments> problemsWithImprovementQueries() {
        Random random = new Random(SEED + 2);
        ImprovementRule[] rules = ImprovementRule.values();
        return problems().map(problem -> Arguments.of(problem, random.nextInt(7),
                rules[random.nextInt(rules.length)], random.nextLong()));
    }

    private static int hundredths(double utility) {
        return (int) Math.round(utility * 100);
    }

    private static int u1(FrontierPoint p) {
        return hundredths(p.firstUtility());
    }

    private static int u2(FrontierPoint p) {
        return hundredths(p.secondUtility());
    }

    private static PackageAnalysis analyse(RandomProblems p) {
        return PackageAnalysis.of(p.first(), p.second());
    }

    @ParameterizedTest
    @MethodSource("problems")
    void countsMatchBruteForce(RandomProblems problem) {
        PackageAnalysis analysis = analyse(problem);
        List<Candidate> all = problem.all();
        assertThat(analysis.packageCount()).isEqualTo(all.size());
        assertThat(analysis.withinRedLinesCount()).isEqualTo(all.stream().filter(Candidate::withinRedLines).count());
        assertThat(analysis.feasibleCount()).isEqualTo(all.stream().filter(Candidate::feasible).count());
        boolean none = analysis.feasibleCount() == 0;
        assertThat(analysis.hasFeasiblePackage()).isEqualTo(!none);
        assertThat(analysis.frontier().isEmpty()).isEqualTo(none);
        assertThat(analysis.nash().isEmpty()).isEqualTo(none);
        assertThat(analysis.kalaiSmorodinsky().isEmpty()).isEqualTo(none);
        assertThat(analysis.maximin().isEmpty()).isEqualTo(none);
        assertThat(analysis.verdict().startsWith("No package is feasible")).isEqualTo(none);
    }

    @ParameterizedTest
    @MethodSource("problems")
    void noFrontierPackageIsDominatedByAFeasiblePackage(RandomProblems problem) {
        PackageAnalysis analysis = analyse(problem);
        List<Candidate> all = problem.all();
        List<Candidate> feasible = problem.feasible();
        for (FrontierPoint point : analysis.frontier()) {
            Candidate own = all.get((int) point.index());
            assertThat(own.feasible()).isTrue();
            assertThat(own.u1()).isEqualTo(u1(point));
            assertThat(own.u2()).isEqualTo(u2(point));
            assertThat(point.negotiationPackage()).isEqualTo(problem.first().agenda().packageAt(point.index()));
            assertThat(feasible).noneMatch(c -> c.dominates(own.u1(), own.u2()));
            // the lowest-index package with these utilities, and the number of such packages
            List<Candidate> same = feasible.stream().filter(c -> c.u1() == own.u1() && c.u2() == own.u2()).toList();
            assertThat(point.index()).isEqualTo(same.get(0).index());
            assertThat(point.equivalentPackages()).isEqualTo(same.size());
        }
        for (int i = 1; i < analysis.frontier().size(); i++) {
            assertThat(u1(analysis.frontier().get(i))).isGreaterThan(u1(analysis.frontier().get(i - 1)));
            assertThat(u2(analysis.frontier().get(i))).isLessThan(u2(analysis.frontier().get(i - 1)));
        }
    }

    @ParameterizedTest
    @MethodSource("problems")
    void everyFeasiblePackageOffTheFrontierIsDominatedByAFrontierPackage(RandomProblems problem) {
        PackageAnalysis analysis = analyse(problem);
        NegotiationAgenda agenda = problem.first().agenda();
        for (Candidate c : problem.feasible()) {
            Optional<FrontierPoint> on = analysis.frontierPointFor(agenda.packageAt(c.index()));
            if (on.isPresent()) {
                assertThat(u1(on.get())).isEqualTo(c.u1());
                assertThat(u2(on.get())).isEqualTo(c.u2());
            } else {
                assertThat(analysis.frontier())
                        .as("package %d (%d, %d) is dominated by a frontier package", c.index(), c.u1(), c.u2())
                        .anyMatch(p -> u1(p) >= c.u1() && u2(p) >= c.u2() && (u1(p) > c.u1() || u2(p) > c.u2()));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("problems")
    void nashLiesOnTheFrontierAndMaximisesTheProductOfGains(RandomProblems problem) {
        PackageAnalysis analysis = analyse(problem);
        int r1 = problem.first().reservationValue() * 100;
        int r2 = problem.second().reservationValue() * 100;
        analysis.nash().ifPresent(nash -> {
            assertThat(analysis.frontier()).contains(nash);
            long product = (long) (u1(nash) - r1) * (u2(nash) - r2);
            long best = problem.feasible().stream().mapToLong(c -> (long) (c.u1() - r1) * (c.u2() - r2)).max().orElseThrow();
            assertThat(product).isEqualTo(best);
        });
    }

    @ParameterizedTest
    @MethodSource("problems")
    void maximinMaximisesTheSmallerGain(RandomProblems problem) {
        PackageAnalysis analysis = analyse(problem);
        int r1 = problem.first().reservationValue() * 100;
        int r2 = problem.second().reservationValue() * 100;
        analysis.maximin().ifPresent(maximin -> {
            assertThat(analysis.frontier()).contains(maximin);
            int smaller = Math.min(u1(maximin) - r1, u2(maximin) - r2);
            for (Candidate c : problem.feasible()) {
                assertThat(Math.min(c.u1() - r1, c.u2() - r2)).isLessThanOrEqualTo(smaller);
            }
        });
    }

    @ParameterizedTest
    @MethodSource("problems")
    void kalaiSmorodinskyLiesOnTheFrontierAndOnTheLineFromDisagreementToIdeal(RandomProblems problem) {
        PackageAnalysis analysis = analyse(problem);
        Optional<KalaiSmorodinsky> found = analysis.kalaiSmorodinsky();
        if (found.isEmpty()) {
            return;
        }
        KalaiSmorodinsky ks = found.get();
        List<FrontierPoint> frontier = analysis.frontier();
        List<Candidate> feasible = problem.feasible();
        long r1 = problem.first().reservationValue() * 100L;
        long r2 = problem.second().reservationValue() * 100L;
        long ideal1 = feasible.stream().mapToInt(Candidate::u1).max().orElseThrow();
        long ideal2 = feasible.stream().mapToInt(Candidate::u2).max().orElseThrow();
        assertThat(hundredths(ks.ideal().first())).isEqualTo(ideal1);
        assertThat(hundredths(ks.ideal().second())).isEqualTo(ideal2);
        assertThat(hundredths(ks.disagreement().first())).isEqualTo(r1);
        assertThat(hundredths(ks.disagreement().second())).isEqualTo(r2);

        // bracketing frontier points: the same or consecutive
        int from = frontier.indexOf(ks.from());
        int to = frontier.indexOf(ks.to());
        assertThat(from).isNotNegative();
        if (from == to) {
            assertThat(ks.weight()).isZero();
        } else {
            assertThat(to).isEqualTo(from + 1);
            assertThat(ks.weight()).isStrictlyBetween(0.0, 1.0);
        }
        // on the segment between them
        double w = ks.weight();
        assertThat(ks.point().first()).isCloseTo(
                (1 - w) * ks.from().firstUtility() + w * ks.to().firstUtility(), within(1e-9));
        assertThat(ks.point().second()).isCloseTo(
                (1 - w) * ks.from().secondUtility() + w * ks.to().secondUtility(), within(1e-9));
        // on the line from the disagreement point to the ideal point, between the two
        double d1 = r1 / 100.0;
        double d2 = r2 / 100.0;
        double cross = (ideal1 / 100.0 - d1) * (ks.point().second() - d2) - (ideal2 / 100.0 - d2) * (ks.point().first() - d1);
        assertThat(cross).isCloseTo(0.0, within(1e-7));
        assertThat(ks.point().first()).isBetween(d1 - 1e-9, ideal1 / 100.0 + 1e-9);
        assertThat(ks.point().second()).isBetween(d2 - 1e-9, ideal2 / 100.0 + 1e-9);

        // suggested: on the frontier, one of the bracket, with the largest min normalised gain (exact)
        assertThat(ks.suggested()).isIn(ks.from(), ks.to());
        if (frontier.size() > 1) {
            long span1 = ideal1 - r1;
            long span2 = ideal2 - r2;
            // documented order: larger smaller normalised gain, then larger larger one, then lowest index
            Comparator<FrontierPoint> preference = Comparator
                    .comparingLong((FrontierPoint p) -> -Math.min((u1(p) - r1) * span2, (u2(p) - r2) * span1))
                    .thenComparingLong(p -> -Math.max((u1(p) - r1) * span2, (u2(p) - r2) * span1))
                    .thenComparingLong(FrontierPoint::index);
            assertThat(ks.suggested()).isEqualTo(frontier.stream().min(preference).orElseThrow());
        } else {
            assertThat(ks.suggested()).isEqualTo(frontier.get(0));
            assertThat(ks.point().first()).isEqualTo(ks.ideal().first());
            assertThat(ks.point().second()).isEqualTo(ks.ideal().second());
        }
    }

    @ParameterizedTest
    @MethodSource("problemsWithImprovementQueries")
    void improvementsAreExactlyTheBetterFeasiblePackagesInTheDocumentedOrder(
            RandomProblems problem, int limit, ImprovementRule rule, long pick) {
        PackageAnalysis analysis = analyse(problem);
        NegotiationAgenda agenda = problem.first().agenda();
        NegotiationPackage tentative = agenda.packageAt(Math.floorMod(pick, agenda.packageCount()));
        int t1 = RandomProblems.utility(problem.first(), tentative);
        int t2 = RandomProblems.utility(problem.second(), tentative);
        List<Long> expected = problem.feasible().stream()
                .filter(c -> rule == ImprovementRule.BETTER_FOR_BOTH
                        ? c.u1() > t1 && c.u2() > t2
                        : c.dominates(t1, t2))
                .sorted(Comparator.comparingInt((Candidate c) -> -Math.min(c.u1() - t1, c.u2() - t2))
                        .thenComparingInt(c -> -Math.max(c.u1() - t1, c.u2() - t2))
                        .thenComparingLong(Candidate::index))
                .limit(limit)
                .map(Candidate::index)
                .toList();
        List<Improvement> improvements = analysis.improvements(tentative, limit, rule);
        assertThat(improvements).extracting(Improvement::index).containsExactlyElementsOf(expected);
        for (Improvement i : improvements) {
            assertThat(hundredths(i.firstGain())).isEqualTo(hundredths(i.firstUtility()) - t1);
            assertThat(hundredths(i.secondGain())).isEqualTo(hundredths(i.secondUtility()) - t2);
            assertThat(i.negotiationPackage()).isEqualTo(agenda.packageAt(i.index()));
        }
    }

    @ParameterizedTest
    @MethodSource("problemsWithPicks")
    void sameInputSameOutputWhateverTheMapOrder(RandomProblems problem, long pick) {
        PackageAnalysis a = analyse(problem);
        PackageAnalysis b = PackageAnalysis.of(
                RandomProblems.reshuffled(problem.first()), RandomProblems.reshuffled(problem.second()));
        PackageAnalysis c = analyse(problem);
        NegotiationAgenda agenda = problem.first().agenda();
        NegotiationPackage tentative = agenda.packageAt(Math.floorMod(pick, agenda.packageCount()));
        for (PackageAnalysis other : List.of(b, c)) {
            assertThat(other.feasibleCount()).isEqualTo(a.feasibleCount());
            assertThat(other.frontier()).isEqualTo(a.frontier());
            assertThat(other.nash()).isEqualTo(a.nash());
            assertThat(other.kalaiSmorodinsky()).isEqualTo(a.kalaiSmorodinsky());
            assertThat(other.maximin()).isEqualTo(a.maximin());
            assertThat(other.verdict()).isEqualTo(a.verdict());
            for (ImprovementRule rule : ImprovementRule.values()) {
                assertThat(other.improvements(tentative, 5, rule)).isEqualTo(a.improvements(tentative, 5, rule));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("problems")
    void swappingThePartiesMirrorsTheAnalysis(RandomProblems problem) {
        PackageAnalysis ab = analyse(problem);
        PackageAnalysis ba = PackageAnalysis.of(problem.second(), problem.first());
        List<FrontierPoint> mirrored = ba.frontier();
        assertThat(mirrored).hasSameSizeAs(ab.frontier());
        for (int i = 0; i < mirrored.size(); i++) {
            FrontierPoint p = ab.frontier().get(i);
            FrontierPoint q = mirrored.get(mirrored.size() - 1 - i);
            assertThat(q).isEqualTo(new FrontierPoint(p.negotiationPackage(), p.index(),
                    p.secondUtility(), p.firstUtility(), p.equivalentPackages()));
        }
        // the tie-breaks are symmetric: the same packages are chosen
        assertThat(ba.nash().map(FrontierPoint::index)).isEqualTo(ab.nash().map(FrontierPoint::index));
        assertThat(ba.maximin().map(FrontierPoint::index)).isEqualTo(ab.maximin().map(FrontierPoint::index));
        assertThat(ba.kalaiSmorodinsky().map(ks -> ks.suggested().index()))
                .isEqualTo(ab.kalaiSmorodinsky().map(ks -> ks.suggested().index()));
        ab.kalaiSmorodinsky().ifPresent(ks -> {
            KalaiSmorodinsky sk = ba.kalaiSmorodinsky().orElseThrow();
            assertThat(sk.point().first()).isCloseTo(ks.point().second(), within(1e-9));
            assertThat(sk.point().second()).isCloseTo(ks.point().first(), within(1e-9));
        });
    }
}
