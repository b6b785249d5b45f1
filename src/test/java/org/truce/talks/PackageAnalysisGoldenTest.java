package org.truce.talks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.truce.talks.TalksFixtures.agenda;
import static org.truce.talks.TalksFixtures.pkg;
import static org.truce.talks.TalksFixtures.profile;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.truce.talks.PackageAnalysis.FrontierPoint;
import org.truce.talks.PackageAnalysis.Improvement;
import org.truce.talks.PackageAnalysis.ImprovementRule;
import org.truce.talks.PackageAnalysis.KalaiSmorodinsky;

/** Small cases computed by hand; the arithmetic is in the comments. */
class PackageAnalysisGoldenTest {

    /** (index, u1, u2) of each frontier point, in the order returned. */
    private static List<String> frontierOf(PackageAnalysis analysis) {
        return analysis.frontier().stream()
                .map(p -> p.index() + ":(" + p.firstUtility() + "," + p.secondUtility() + ")x" + p.equivalentPackages())
                .toList();
    }

    private static List<Long> indices(List<Improvement> improvements) {
        return improvements.stream().map(Improvement::index).toList();
    }

    /*
     * Fixture A: X{x1,x2,x3} x Y{y1,y2}; index = 2*x + y.
     *   party A: weights X 60, Y 40; X: 100,50,0; Y: 100,0; reservation 20; red line x3.
     *   party B: weights X 50, Y 50; X: 0,60,100; Y: 0,100; reservation 30.
     *   idx (x,y)   uA = 0.6*X + 0.4*Y        uB = 0.5*X + 0.5*Y
     *   0 (x1,y1)   60 + 40 = 100             0 + 0  = 0     -> B below 30
     *   1 (x1,y2)   60 + 0  = 60              0 + 50 = 50    feasible
     *   2 (x2,y1)   30 + 40 = 70              30 + 0 = 30    feasible (30 >= 30)
     *   3 (x2,y2)   30 + 0  = 30              30 + 50 = 80   feasible
     *   4 (x3,y1)   0 + 40  = 40              50 + 0 = 50    A's red line
     *   5 (x3,y2)   0                         100            A's red line
     * Frontier (u1 ascending): 3 (30,80), 1 (60,50), 2 (70,30): none dominates another.
     * Nash, gains (uA-20, uB-30): 3: 10*50 = 500; 1: 40*20 = 800; 2: 50*0 = 0  -> package 1.
     * Maximin, smaller gain: 3: 10; 1: 20; 2: 0 -> package 1.
     * KS: ideal (70,80), disagreement (20,30); both spans 50, line uB - 30 = uA - 20.
     *   side = (uA-20)*50 - (uB-30)*50: 3: -2000, 1: +1000 -> crosses segment 3 -> 1.
     *   weight = 2000 / (2000 + 1000) = 2/3; point = (30 + 30*2/3, 80 - 30*2/3) = (50, 60).
     *   min normalised gain: 3: min(10/50, 50/50) = 0.2; 1: min(40/50, 20/50) = 0.4 -> suggest 1.
     */
    @Nested
    class FixtureA {
        final NegotiationAgenda agenda = agenda("X:x1,x2,x3", "Y:y1,y2");
        final PreferenceProfile a = profile("A", agenda, 20, Map.of("X", Set.of("x3")), "X=60,Y=40", "X:100,50,0", "Y:100,0");
        final PreferenceProfile b = profile("B", agenda, 30, Map.of(), "X=50,Y=50", "X:0,60,100", "Y:0,100");
        final PackageAnalysis analysis = PackageAnalysis.of(a, b);

        @Test
        void counts() {
            assertThat(analysis.packageCount()).isEqualTo(6);
            assertThat(analysis.withinRedLinesCount()).isEqualTo(4);
            assertThat(analysis.feasibleCount()).isEqualTo(3);
            assertThat(analysis.verdict()).isEqualTo(
                    "3 of 6 packages are feasible (4 respect both parties' red lines); the Pareto frontier has 3 points.");
        }

        @Test
        void frontier() {
            assertThat(frontierOf(analysis)).containsExactly("3:(30.0,80.0)x1", "1:(60.0,50.0)x1", "2:(70.0,30.0)x1");
            assertThat(analysis.frontier().get(0).negotiationPackage()).isEqualTo(pkg(1, 1));
        }

        @Test
        void nashAndMaximin() {
            assertThat(analysis.nash()).map(FrontierPoint::index).contains(1L);
            assertThat(analysis.maximin()).map(FrontierPoint::index).contains(1L);
        }

        @Test
        void kalaiSmorodinsky() {
            KalaiSmorodinsky ks = analysis.kalaiSmorodinsky().orElseThrow();
            assertThat(ks.disagreement()).isEqualTo(new PackageAnalysis.UtilityPoint(20, 30));
            assertThat(ks.ideal()).isEqualTo(new PackageAnalysis.UtilityPoint(70, 80));
            assertThat(ks.from().index()).isEqualTo(3);
            assertThat(ks.to().index()).isEqualTo(1);
            assertThat(ks.weight()).isCloseTo(2.0 / 3, within(1e-12));
            assertThat(ks.point().first()).isCloseTo(50, within(1e-9));
            assertThat(ks.point().second()).isCloseTo(60, within(1e-9));
            assertThat(ks.suggested().index()).isEqualTo(1);
            assertThat(analysis.idealPoint()).contains(new PackageAnalysis.UtilityPoint(70, 80));
        }

        @Test
        void improvementsDistinguishTheTwoRules() {
            // tentative 4 (x3,y1) = (40,50), itself infeasible (A's red line).
            // 1 (60,50): A +20, B +0 -> a Pareto improvement, not better for both.
            // 2 (70,30): B worse. 3 (30,80): A worse.
            NegotiationPackage tentative = pkg(2, 0);
            List<Improvement> pareto = analysis.improvements(tentative, 10, ImprovementRule.PARETO);
            assertThat(indices(pareto)).containsExactly(1L);
            assertThat(pareto.get(0).firstGain()).isEqualTo(20.0);
            assertThat(pareto.get(0).secondGain()).isEqualTo(0.0);
            assertThat(analysis.improvements(tentative, 10, ImprovementRule.BETTER_FOR_BOTH)).isEmpty();
        }

        @Test
        void evaluate() {
            PackageAnalysis.Evaluation e = analysis.evaluate(pkg(2, 0));
            assertThat(e.index()).isEqualTo(4);
            assertThat(e.firstUtility()).isEqualTo(40.0);
            assertThat(e.secondUtility()).isEqualTo(50.0);
            assertThat(e.withinRedLines()).isFalse();
            assertThat(e.feasible()).isFalse();
            PackageAnalysis.Evaluation zero = analysis.evaluate(pkg(0, 0));
            assertThat(zero.withinRedLines()).isTrue();
            assertThat(zero.feasible()).as("B gets 0 < 30").isFalse();
        }
    }

    /*
     * Fixture B: P{p0,p1} x Q{q0,q1} x R{r0,r1}; index = 4p + 2q + r.
     *   party 1: weights P 50, Q 30, R 20; rates the first option 100 and the second 0 everywhere;
     *            reservation 20.  u1 = 50[p=0] + 30[q=0] + 20[r=0]
     *   party 2: weights P 40, Q 35, R 25; rates the second option 100, the first 0; reservation 0.
     *            u2 = 40[p=1] + 35[q=1] + 25[r=1]
     *   0 (0,0,0) 100, 0    1 (0,0,1) 80, 25    2 (0,1,0) 70, 35    3 (0,1,1) 50, 60
     *   4 (1,0,0)  50, 40   5 (1,0,1) 30, 65    6 (1,1,0) 20, 75    7 (1,1,1)  0,100 (u1 < 20)
     * Frontier (u1 descending, keep strictly increasing u2): 0 (100,0), 1 (80,25), 2 (70,35),
     *   3 (50,60) [4 (50,40) is dominated by 3], 5 (30,65), 6 (20,75).
     * Nash, gains (u1-20, u2): 6: 0; 5: 10*65 = 650; 3: 30*60 = 1800; 2: 50*35 = 1750; 1: 60*25 = 1500; 0: 0
     *   -> package 3.
     * Maximin, smaller gain: 6: 0; 5: 10; 3: 30; 2: 35; 1: 25; 0: 0 -> package 2.
     * KS: ideal (100,75), disagreement (20,0), spans 80 and 75.
     *   side = (u1-20)*75 - u2*80: 6: -6000, 5: -4450, 3: 2250-4800 = -2550, 2: 3750-2800 = +950.
     *   crossing on 3 -> 2, weight = 2550 / (2550 + 950) = 51/70;
     *   point = (50 + 20*51/70, 60 - 25*51/70) = (452/7, 585/14) = (64.571..., 41.785...);
     *   check: (452/7 - 20)/80 = 0.5571... = (585/14)/75.
     *   min normalised gain: 3: min(30/80, 60/75) = 0.375; 2: min(50/80, 35/75) = 0.4667 -> suggest 2.
     */
    @Nested
    class FixtureB {
        final NegotiationAgenda agenda = agenda("P:p0,p1", "Q:q0,q1", "R:r0,r1");
        final PreferenceProfile one = profile("ONE", agenda, 20, Map.of(), "P=50,Q=30,R=20", "P:100,0", "Q:100,0", "R:100,0");
        final PreferenceProfile two = profile("TWO", agenda, 0, Map.of(), "P=40,Q=35,R=25", "P:0,100", "Q:0,100", "R:0,100");
        final PackageAnalysis analysis = PackageAnalysis.of(one, two);

        @Test
        void frontier() {
            assertThat(analysis.feasibleCount()).isEqualTo(7);
            assertThat(frontierOf(analysis)).containsExactly(
                    "6:(20.0,75.0)x1", "5:(30.0,65.0)x1", "3:(50.0,60.0)x1",
                    "2:(70.0,35.0)x1", "1:(80.0,25.0)x1", "0:(100.0,0.0)x1");
        }

        @Test
        void nashAndMaximinDiffer() {
            assertThat(analysis.nash()).map(FrontierPoint::index).contains(3L);
            assertThat(analysis.maximin()).map(FrontierPoint::index).contains(2L);
        }

        @Test
        void kalaiSmorodinsky() {
            KalaiSmorodinsky ks = analysis.kalaiSmorodinsky().orElseThrow();
            assertThat(ks.ideal()).isEqualTo(new PackageAnalysis.UtilityPoint(100, 75));
            assertThat(ks.from().index()).isEqualTo(3);
            assertThat(ks.to().index()).isEqualTo(2);
            assertThat(ks.weight()).isCloseTo(51.0 / 70, within(1e-12));
            assertThat(ks.point().first()).isCloseTo(452.0 / 7, within(1e-9));
            assertThat(ks.point().second()).isCloseTo(585.0 / 14, within(1e-9));
            assertThat(ks.suggested().index()).isEqualTo(2);
        }

        @Test
        void dominatedPackageIsNotOnTheFrontier() {
            assertThat(analysis.frontierPointFor(pkg(1, 0, 0))).isEmpty();
            assertThat(analysis.frontierPointFor(pkg(0, 1, 1))).map(FrontierPoint::index).contains(3L);
        }
    }

    /*
     * Fixture B', to pin the Nash and maximin tie-breaks: as B but party 2 weights P 40, Q 30, R 30.
     *   u2 = 40[p=1] + 30[q=1] + 30[r=1]; party 1 reservation 20, party 2 reservation 0.
     *   0 (100,0)  1 (80,30)  2 (70,30)  3 (50,60)  4 (50,40)  5 (30,70)  6 (20,70)  7 (0,100) infeasible
     * Nash products (u1-20)*u2: 1: 60*30 = 1800; 2: 50*30 = 1500; 3: 30*60 = 1800; 4: 30*40 = 1200;
     *   5: 10*70 = 700; 0 and 6: 0. Tie 1 vs 3 at 1800; smaller gains 30 and 30; sums 90 and 90
     *   -> lowest index: 1.
     * Maximin smaller gains: 1: 30, 2: 30, 3: 30, 4: 30, 5: 10 -> tie; sums 90, 80, 90, 70 -> 1 and 3
     *   -> lowest index: 1.
     * The rules are symmetric, so swapping the parties picks the same package 1.
     */
    @Test
    void nashAndMaximinTieBreaksArePartySymmetric() {
        NegotiationAgenda agenda = agenda("P:p0,p1", "Q:q0,q1", "R:r0,r1");
        PreferenceProfile one = profile("ONE", agenda, 20, Map.of(), "P=50,Q=30,R=20", "P:100,0", "Q:100,0", "R:100,0");
        PreferenceProfile two = profile("TWO", agenda, 0, Map.of(), "P=40,Q=30,R=30", "P:0,100", "Q:0,100", "R:0,100");
        for (PackageAnalysis analysis : List.of(PackageAnalysis.of(one, two), PackageAnalysis.of(two, one))) {
            assertThat(analysis.nash()).map(FrontierPoint::index).contains(1L);
            assertThat(analysis.maximin()).map(FrontierPoint::index).contains(1L);
        }
    }

    /*
     * Zero gains everywhere: party 1 rates every option of X 100 and needs 100, so its gain is 0
     * in every package; party 2 rates x1, x2, x3 at 0, 50, 100, reservation 0.
     *   0 (100,0)  1 (100,50)  2 (100,100): every Nash product and every smaller gain is 0.
     * The sum of gains (0, 50, 100) breaks the tie -> package 2, the only frontier point; the
     * lowest index alone would pick the dominated package 0.
     */
    @Test
    void zeroProductsAreBrokenBySumOfGains() {
        NegotiationAgenda agenda = agenda("X:x1,x2,x3");
        PackageAnalysis analysis = PackageAnalysis.of(
                profile("ONE", agenda, 100, Map.of(), "X=100", "X:100,100,100"),
                profile("TWO", agenda, 0, Map.of(), "X=100", "X:0,50,100"));
        assertThat(frontierOf(analysis)).containsExactly("2:(100.0,100.0)x1");
        assertThat(analysis.nash()).map(FrontierPoint::index).contains(2L);
        assertThat(analysis.maximin()).map(FrontierPoint::index).contains(2L);
    }

    /*
     * Fixture C, equal utilities: X{x1,x2} x Z{z1,z2}; index = 2x + z. Both parties put all 100
     * points on X (party 1 wants x1, party 2 wants x2); Z has weight 0. Reservations 0.
     *   0 (x1,z1) (100,0)  1 (x1,z2) (100,0)  2 (x2,z1) (0,100)  3 (x2,z2) (0,100)
     * Frontier: (0,100) held by 2 and 3 -> package 2, 2 equivalents; (100,0) by 0 and 1 -> package 0, 2.
     * Nash: every product is 0, every smaller gain 0, every sum 100 -> lowest index 0. Maximin likewise 0.
     * KS: ideal (100,100), disagreement (0,0); side = u1*100 - u2*100: 2: -10000, 0: +10000;
     *   weight 1/2, point (50,50); min normalised gains both 0, larger both 1 -> lowest index 0.
     */
    @Test
    void equalUtilitiesKeepTheLowestIndexAndCountEquivalents() {
        NegotiationAgenda agenda = agenda("X:x1,x2", "Z:z1,z2");
        PreferenceProfile one = profile("ONE", agenda, 0, Map.of(), "X=100,Z=0", "X:100,0", "Z:100,100");
        PreferenceProfile two = profile("TWO", agenda, 0, Map.of(), "X=100,Z=0", "X:0,100", "Z:100,50");
        PackageAnalysis analysis = PackageAnalysis.of(one, two);
        assertThat(frontierOf(analysis)).containsExactly("2:(0.0,100.0)x2", "0:(100.0,0.0)x2");
        assertThat(analysis.nash()).map(FrontierPoint::index).contains(0L);
        assertThat(analysis.maximin()).map(FrontierPoint::index).contains(0L);
        KalaiSmorodinsky ks = analysis.kalaiSmorodinsky().orElseThrow();
        assertThat(ks.from().index()).isEqualTo(2);
        assertThat(ks.to().index()).isEqualTo(0);
        assertThat(ks.weight()).isEqualTo(0.5);
        assertThat(ks.point()).isEqualTo(new PackageAnalysis.UtilityPoint(50, 50));
        assertThat(ks.suggested().index()).isEqualTo(0);
        // package 1 has the utilities of the point held by package 0
        assertThat(analysis.frontierPointFor(pkg(0, 1))).map(FrontierPoint::index).contains(0L);
        // equal utilities are no improvement under either rule
        assertThat(analysis.improvements(pkg(0, 1), 5, ImprovementRule.PARETO)).isEmpty();
    }

    /*
     * KS line through a frontier point: X{x1,x2,x3}; party 1 rates 100,50,0, party 2 0,50,100,
     * reservations 0. Frontier (0,100), (50,50), (100,0); ideal (100,100); the line u1 = u2 meets
     * the frontier exactly at (50,50), package 1: side = 50*100 - 50*100 = 0.
     */
    @Test
    void kalaiSmorodinskyThroughAFrontierPoint() {
        NegotiationAgenda agenda = agenda("X:x1,x2,x3");
        PackageAnalysis analysis = PackageAnalysis.of(
                profile("ONE", agenda, 0, Map.of(), "X=100", "X:100,50,0"),
                profile("TWO", agenda, 0, Map.of(), "X=100", "X:0,50,100"));
        KalaiSmorodinsky ks = analysis.kalaiSmorodinsky().orElseThrow();
        assertThat(ks.from().index()).isEqualTo(1);
        assertThat(ks.to()).isEqualTo(ks.from());
        assertThat(ks.weight()).isZero();
        assertThat(ks.point()).isEqualTo(new PackageAnalysis.UtilityPoint(50, 50));
        assertThat(ks.suggested().index()).isEqualTo(1);
    }

    /*
     * KS suggestion tie-breaks. Reservations 0, one issue X{a,b,c,d}, index = option.
     * Case 1: party 1 rates 0,40,80,100, party 2 100,90,40,0. Ideal (100,100), spans 100.
     *   side = (u1 - u2)*100: b (40,90): -5000, c (80,40): +4000 -> bracket b -> c, weight 5/9.
     *   smaller normalised gains: b 0.4, c 0.4 (tie); larger: b 0.9, c 0.8 -> suggest b (index 1).
     * Case 2: party 1 rates 100,80,40,0, party 2 0,40,80,100. Frontier d, c, b, a.
     *   c (40,80): -4000, b (80,40): +4000 -> weight 1/2, point (60,60).
     *   smaller gains 0.4 and 0.4, larger 0.8 and 0.8 -> lowest index: b (index 1), the "to" end.
     */
    @Test
    void kalaiSmorodinskySuggestionTieBreaks() {
        NegotiationAgenda agenda = agenda("X:a,b,c,d");
        KalaiSmorodinsky first = PackageAnalysis.of(
                profile("ONE", agenda, 0, Map.of(), "X=100", "X:0,40,80,100"),
                profile("TWO", agenda, 0, Map.of(), "X=100", "X:100,90,40,0")).kalaiSmorodinsky().orElseThrow();
        assertThat(first.from().index()).isEqualTo(1);
        assertThat(first.to().index()).isEqualTo(2);
        assertThat(first.weight()).isCloseTo(5.0 / 9, within(1e-12));
        assertThat(first.suggested().index()).isEqualTo(1);

        KalaiSmorodinsky second = PackageAnalysis.of(
                profile("ONE", agenda, 0, Map.of(), "X=100", "X:100,80,40,0"),
                profile("TWO", agenda, 0, Map.of(), "X=100", "X:0,40,80,100")).kalaiSmorodinsky().orElseThrow();
        assertThat(second.from().index()).isEqualTo(2);
        assertThat(second.to().index()).isEqualTo(1);
        assertThat(second.weight()).isEqualTo(0.5);
        assertThat(second.point()).isEqualTo(new PackageAnalysis.UtilityPoint(60, 60));
        assertThat(second.suggested().index()).isEqualTo(1);
    }

    /*
     * One frontier point: both parties want x1 (100 each; x2 gives 0 each), reservations 10.
     * Feasible: only package 0 (100,100). Ideal = (100,100) = the only point; KS is that point.
     */
    @Test
    void singleFrontierPoint() {
        NegotiationAgenda agenda = agenda("X:x1,x2");
        PackageAnalysis analysis = PackageAnalysis.of(
                profile("ONE", agenda, 10, Map.of(), "X=100", "X:100,0"),
                profile("TWO", agenda, 10, Map.of(), "X=100", "X:100,0"));
        assertThat(analysis.feasibleCount()).isEqualTo(1);
        assertThat(frontierOf(analysis)).containsExactly("0:(100.0,100.0)x1");
        KalaiSmorodinsky ks = analysis.kalaiSmorodinsky().orElseThrow();
        assertThat(ks.point()).isEqualTo(new PackageAnalysis.UtilityPoint(100, 100));
        assertThat(ks.ideal()).isEqualTo(ks.point());
        assertThat(ks.from()).isEqualTo(ks.to()).isEqualTo(ks.suggested());
        assertThat(analysis.nash()).map(FrontierPoint::index).contains(0L);
    }

    /*
     * Fixture E, improvement rounds: S{s1,s2,s3} x T{t1,t2,t3}; index = 3s + t; reservations 0.
     *   party 1: S 50, T 50; S: 0,60,100; T: 100,80,0.   party 2: S 50, T 50; S: 100,80,0; T: 0,100,40.
     *   0 (s1,t1) (0+50, 50+0)  = (50,50)     1 (s1,t2) (0+40, 50+50) = (40,100)   2 (s1,t3) (0,70)
     *   3 (s2,t1) (30+50, 40+0) = (80,40)     4 (s2,t2) (30+40, 40+50) = (70,90)   5 (s2,t3) (30,60)
     *   6 (s3,t1) (100,0)                     7 (s3,t2) (50+40, 0+50) = (90,50)    8 (s3,t3) (50,20)
     * Frontier: 1 (40,100), 4 (70,90), 7 (90,50), 6 (100,0).
     * Nash: 1: 4000, 4: 6300, 7: 4500, 6: 0 -> 4. Maximin: 40, 70, 50, 0 -> 4.
     * KS: ideal (100,100), line u1 = u2, side = (u1-u2)*100: 4: -2000, 7: +4000 -> weight 1/3,
     *   point (70 + 20/3, 90 - 40/3) = (76.67, 76.67); min normalised: 4: 0.7, 7: 0.5 -> suggest 4.
     * Improvements over tentative 8 (50,20): candidates with u1 >= 50 and u2 >= 20, not equal:
     *   0 gains (0,30) min 0; 3 (30,20) min 20; 4 (20,70) min 20; 7 (40,30) min 30.
     *   By smaller gain desc, then larger gain desc: 7 (30), 4 (20, 70), 3 (20, 30), 0 (0).
     *   Better for both (strict): 7, 4, 3 (0 leaves party 1 at +0).
     * Over tentative 0 (50,50): 4 gains (20,40); 7 gains (40,0). Pareto: 4, 7. Strict: 4.
     */
    @Nested
    class FixtureE {
        final NegotiationAgenda agenda = agenda("S:s1,s2,s3", "T:t1,t2,t3");
        final PackageAnalysis analysis = PackageAnalysis.of(
                profile("ONE", agenda, 0, Map.of(), "S=50,T=50", "S:0,60,100", "T:100,80,0"),
                profile("TWO", agenda, 0, Map.of(), "S=50,T=50", "S:100,80,0", "T:0,100,40"));

        @Test
        void solutions() {
            assertThat(frontierOf(analysis)).containsExactly(
                    "1:(40.0,100.0)x1", "4:(70.0,90.0)x1", "7:(90.0,50.0)x1", "6:(100.0,0.0)x1");
            assertThat(analysis.nash()).map(FrontierPoint::index).contains(4L);
            assertThat(analysis.maximin()).map(FrontierPoint::index).contains(4L);
            KalaiSmorodinsky ks = analysis.kalaiSmorodinsky().orElseThrow();
            assertThat(ks.from().index()).isEqualTo(4);
            assertThat(ks.to().index()).isEqualTo(7);
            assertThat(ks.weight()).isCloseTo(1.0 / 3, within(1e-12));
            assertThat(ks.point().first()).isCloseTo(230.0 / 3, within(1e-9));
            assertThat(ks.point().second()).isCloseTo(230.0 / 3, within(1e-9));
            assertThat(ks.suggested().index()).isEqualTo(4);
        }

        @Test
        void improvementsOverPackage8() {
            NegotiationPackage tentative = pkg(2, 2);
            assertThat(indices(analysis.improvements(tentative, 10, ImprovementRule.PARETO)))
                    .containsExactly(7L, 4L, 3L, 0L);
            assertThat(indices(analysis.improvements(tentative, 10, ImprovementRule.BETTER_FOR_BOTH)))
                    .containsExactly(7L, 4L, 3L);
            assertThat(indices(analysis.improvements(tentative, 2, ImprovementRule.PARETO)))
                    .containsExactly(7L, 4L);
            assertThat(analysis.improvements(tentative, 0, ImprovementRule.PARETO)).isEmpty();
            Improvement best = analysis.improvements(tentative, 1, ImprovementRule.PARETO).get(0);
            assertThat(best).isEqualTo(new Improvement(pkg(2, 1), 7, 90, 50, 40, 30));
        }

        @Test
        void improvementsOverPackage0() {
            NegotiationPackage tentative = pkg(0, 0);
            assertThat(indices(analysis.improvements(tentative, 10, ImprovementRule.PARETO))).containsExactly(4L, 7L);
            assertThat(indices(analysis.improvements(tentative, 10, ImprovementRule.BETTER_FOR_BOTH))).containsExactly(4L);
        }
    }

    /* Red lines exclude everything: party 1 refuses x1, party 2 refuses x2. */
    @Test
    void noPackageWithinRedLines() {
        NegotiationAgenda agenda = agenda("X:x1,x2", "Y:y1,y2");
        PackageAnalysis analysis = PackageAnalysis.of(
                profile("ONE", agenda, 0, Map.of("X", Set.of("x1")), "X=50,Y=50", "X:100,0", "Y:100,0"),
                profile("TWO", agenda, 0, Map.of("X", Set.of("x2")), "X=50,Y=50", "X:0,100", "Y:0,100"));
        assertThat(analysis.hasFeasiblePackage()).isFalse();
        assertThat(analysis.withinRedLinesCount()).isZero();
        assertThat(analysis.frontier()).isEmpty();
        assertThat(analysis.nash()).isEmpty();
        assertThat(analysis.kalaiSmorodinsky()).isEmpty();
        assertThat(analysis.maximin()).isEmpty();
        assertThat(analysis.idealPoint()).isEmpty();
        assertThat(analysis.improvements(pkg(0, 0), 5, ImprovementRule.PARETO)).isEmpty();
        assertThat(analysis.verdict()).isEqualTo(
                "No package is feasible: every one of the 4 packages contains a red-line option of ONE or TWO.");
    }

    /*
     * Reservation values out of reach together: X{x1,x2}; party 1 rates 100,0, party 2 0,100;
     * both need 60. Package 0 = (100,0), package 1 = (0,100): each leaves one party at 0.
     */
    @Test
    void reservationValuesOutOfReach() {
        NegotiationAgenda agenda = agenda("X:x1,x2");
        PackageAnalysis analysis = PackageAnalysis.of(
                profile("ONE", agenda, 60, Map.of(), "X=100", "X:100,0"),
                profile("TWO", agenda, 60, Map.of(), "X=100", "X:0,100"));
        assertThat(analysis.withinRedLinesCount()).isEqualTo(2);
        assertThat(analysis.feasibleCount()).isZero();
        assertThat(analysis.frontier()).isEmpty();
        assertThat(analysis.nash()).isEmpty();
        assertThat(analysis.kalaiSmorodinsky()).isEmpty();
        assertThat(analysis.maximin()).isEmpty();
        assertThat(analysis.verdict()).startsWith("No package is feasible: 2 of 2 packages respect both parties' red lines")
                .contains("reservation value of 60");
    }
}
