package org.truce.talks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The mediator's analysis of the package space between two parties (never shown to a party: it
 * combines both parties' private positions).
 *
 * <p>{@link #of(PreferenceProfile, PreferenceProfile)} walks every package of the agenda (at most
 * {@link #MAX_PACKAGES}), keeps the <em>feasible</em> ones (no red-line option of either party and
 * each party's utility at least its reservation value) and computes the Pareto frontier, the Nash
 * bargaining solution, the Kalai-Smorodinsky solution and the maximin (egalitarian) package;
 * {@link #improvements} answers an improvement round for a tentative package.
 *
 * <p>All arithmetic on utilities is exact: utilities are integers in hundredths of a point
 * (&Sigma; weight &times; rating), products and ratios are compared with {@code long} cross
 * multiplication. Utilities in the results are those hundredths divided by 100. Only the
 * Kalai-Smorodinsky crossing point and mixing weight are rounded (to {@code double}).
 *
 * <p>Determinism and ties. Packages are walked in index order (see {@link NegotiationAgenda}).
 * <ul>
 * <li>Frontier: one point per distinct Pareto-optimal utility pair. Several packages can have the
 * same utilities (and then none dominates the other, so all are Pareto-optimal): the point's
 * package is the one with the lowest index, and {@link FrontierPoint#equivalentPackages()} says
 * how many feasible packages share those utilities. A feasible package is "on the frontier" when
 * its utilities are those of a frontier point; every other feasible package is dominated by a
 * frontier package. Points are listed by first party's utility ascending (so second party's
 * utility strictly descending).</li>
 * <li>Nash: maximises (u1 &minus; r1)(u2 &minus; r2); ties broken by the larger smaller gain, then
 * the larger sum of gains, then the lowest index. The rule is symmetric in the two parties and
 * always yields a frontier point's package.</li>
 * <li>Maximin: maximises min(u1 &minus; r1, u2 &minus; r2); ties broken by the larger sum of gains
 * (i.e. leximin), then the lowest index. Also a frontier point's package.</li>
 * <li>Kalai-Smorodinsky suggested package: the frontier point with the largest smaller normalised
 * gain; ties broken by the larger larger normalised gain, then the lowest index.</li>
 * <li>Improvements: ordered by the smaller of the two gains descending, then the larger gain
 * descending, then the lowest index.</li>
 * </ul>
 *
 * <p>When no package is feasible the analysis does not throw: the frontier is empty, the solutions
 * are empty and {@link #verdict()} says why.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class PackageAnalysis {

    /** The largest package space analysed; larger agendas are rejected. */
    public static final int MAX_PACKAGES = 1_000_000;

    private static final int MAX_SCALED = 100 * 100;
    private static final int INDEX_BITS = 20;
    private static final int GAIN_BITS = 14;

    static {
        // the packed sort keys of improvements() rely on these bounds
        if (MAX_PACKAGES > (1 << INDEX_BITS) || MAX_SCALED >= (1 << GAIN_BITS)) {
            throw new ExceptionInInitializerError("packed key layout too small");
        }
    }

    /** Which packages count as better than a tentative package in an improvement round. */
    public enum ImprovementRule {
        /** Strictly better for each party. */
        BETTER_FOR_BOTH,
        /** A Pareto improvement: at least as good for both parties and strictly better for at least one. */
        PARETO
    }

    /** A pair of utilities (first party, second party), each 0-100. */
    public record UtilityPoint(double first, double second) {
    }

    /**
     * A point of the Pareto frontier.
     *
     * @param negotiationPackage the lowest-index package with these utilities
     * @param index              its index in the agenda's package space
     * @param firstUtility       first party's utility, 0-100
     * @param secondUtility      second party's utility, 0-100
     * @param equivalentPackages how many feasible packages have exactly these utilities (&ge; 1)
     */
    public record FrontierPoint(NegotiationPackage negotiationPackage, long index, double firstUtility,
                                double secondUtility, long equivalentPackages) {
        public FrontierPoint {
            Objects.requireNonNull(negotiationPackage, "negotiationPackage");
            if (equivalentPackages < 1) {
                throw Checks.invalid("equivalentPackages", "must be >= 1, got " + equivalentPackages);
            }
        }
    }

    /**
     * The Kalai-Smorodinsky solution. The frontier is taken as the piecewise-linear curve through
     * the frontier points sorted by first party's utility; {@code point} is where the straight line
     * from the disagreement point (r1, r2) to the ideal point crosses it.
     *
     * @param disagreement the reservation values (r1, r2)
     * @param ideal        the best feasible utility of each party
     * @param point        the exact crossing point: {@code (1 - weight) * from + weight * to}
     * @param from         the frontier point at the lower-first-utility end of the crossed segment
     * @param to           the frontier point at its other end; equal to {@code from} when the
     *                     line passes exactly through a frontier point (or the frontier has one point)
     * @param weight       mixing weight of {@code to}, in [0, 1); 0 when {@code from == to}
     * @param suggested    the frontier package to suggest: the one with the largest min over both
     *                     parties of the normalised gain (u_i - r_i) / (ideal_i - r_i); always
     *                     {@code from} or {@code to}
     */
    public record KalaiSmorodinsky(UtilityPoint disagreement, UtilityPoint ideal, UtilityPoint point,
                                   FrontierPoint from, FrontierPoint to, double weight,
                                   FrontierPoint suggested) {
        public KalaiSmorodinsky {
            Objects.requireNonNull(disagreement, "disagreement");
            Objects.requireNonNull(ideal, "ideal");
            Objects.requireNonNull(point, "point");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(suggested, "suggested");
            if (!(weight >= 0 && weight <= 1)) {
                throw Checks.invalid("weight", "must be between 0 and 1, got " + weight);
            }
        }
    }

    /** A feasible package better than a tentative one, with each party's gain over the tentative package. */
    public record Improvement(NegotiationPackage negotiationPackage, long index, double firstUtility,
                              double secondUtility, double firstGain, double secondGain) {
        public Improvement {
            Objects.requireNonNull(negotiationPackage, "negotiationPackage");
        }
    }

    /** Both parties' view of one package. */
    public record Evaluation(NegotiationPackage negotiationPackage, long index, double firstUtility,
                             double secondUtility, boolean withinRedLines, boolean feasible) {
        public Evaluation {
            Objects.requireNonNull(negotiationPackage, "negotiationPackage");
        }
    }

    private final PreferenceProfile first;
    private final PreferenceProfile second;
    private final PackageSpace space;
    private final int reservationFirst;
    private final int reservationSecond;
    private final int withinRedLines;
    private final int feasible;
    private final int bestFirstWithinRedLines;
    private final int bestSecondWithinRedLines;
    /** Frontier in first-utility ascending order, utilities in hundredths. */
    private final int[] frontierFirst;
    private final int[] frontierSecond;
    private final List<FrontierPoint> frontier;
    private final FrontierPoint nash;
    private final FrontierPoint maximin;
    private final KalaiSmorodinsky kalaiSmorodinsky;

    private PackageAnalysis(PreferenceProfile first, PreferenceProfile second) {
        this.first = first;
        this.second = second;
        this.space = new PackageSpace(first, second, MAX_PACKAGES);
        this.reservationFirst = first.reservationValue() * 100;
        this.reservationSecond = second.reservationValue() * 100;

        Pass pass = new Pass(reservationFirst, reservationSecond);
        space.forEach(pass);
        this.withinRedLines = pass.withinRedLines;
        this.feasible = pass.feasible;
        this.bestFirstWithinRedLines = pass.bestFirst;
        this.bestSecondWithinRedLines = pass.bestSecond;

        // sweep first utility from high to low, keeping strictly increasing best second utility
        int[] descending = new int[MAX_SCALED + 1];
        int count = 0;
        int running = -1;
        for (int u1 = MAX_SCALED; u1 >= 0; u1--) {
            if (pass.topSecond[u1] > running) {
                running = pass.topSecond[u1];
                descending[count++] = u1;
            }
        }
        this.frontierFirst = new int[count];
        this.frontierSecond = new int[count];
        List<FrontierPoint> points = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int u1 = descending[count - 1 - i];
            frontierFirst[i] = u1;
            frontierSecond[i] = pass.topSecond[u1];
            points.add(point(pass.topIndex[u1], u1, pass.topSecond[u1], pass.topCount[u1]));
        }
        this.frontier = List.copyOf(points);
        this.nash = pass.nashIndex < 0 ? null : frontierPointOf(pass.nashIndex, pass.nashFirst);
        this.maximin = pass.maximinIndex < 0 ? null : frontierPointOf(pass.maximinIndex, pass.maximinFirst);
        this.kalaiSmorodinsky = count == 0 ? null : computeKalaiSmorodinsky();
    }

    /**
     * Analyses the package space between two parties.
     *
     * @throws IllegalArgumentException when a profile is missing, the profiles rate different
     *                                  agendas, name the same party, or the agenda has more than
     *                                  {@link #MAX_PACKAGES} packages (field {@code agenda})
     */
    public static PackageAnalysis of(PreferenceProfile first, PreferenceProfile second) {
        Checks.requireNonNull(first, "first");
        Checks.requireNonNull(second, "second");
        if (!first.agenda().equals(second.agenda())) {
            throw Checks.invalid("second.agenda", "must be the same agenda as the first profile's");
        }
        if (first.party().equals(second.party())) {
            throw Checks.invalid("second.party", "must differ from the first profile's, both are "
                    + Checks.quote(first.party()));
        }
        long count = first.agenda().packageCount();
        if (count > MAX_PACKAGES) {
            throw Checks.invalid("agenda", (count == Long.MAX_VALUE ? "more than " + Long.MAX_VALUE : count)
                    + " packages exceed the analysis limit of " + MAX_PACKAGES
                    + "; take options or issues off the table");
        }
        return new PackageAnalysis(first, second);
    }

    /** One pass over all packages: counts, best second utility per first utility, Nash, maximin. */
    private static final class Pass implements PackageSpace.Visitor {
        private final int r1;
        private final int r2;
        int withinRedLines;
        int feasible;
        int bestFirst = -1;
        int bestSecond = -1;
        /** For each first utility: the best second utility of a feasible package, or -1. */
        final int[] topSecond = new int[MAX_SCALED + 1];
        /** ... the lowest index reaching it, and how many feasible packages reach it. */
        final int[] topIndex = new int[MAX_SCALED + 1];
        final int[] topCount = new int[MAX_SCALED + 1];
        long nashProduct = -1;
        int nashMin;
        int nashSum;
        int nashIndex = -1;
        int nashFirst;
        int maximinMin = -1;
        int maximinSum;
        int maximinIndex = -1;
        int maximinFirst;

        Pass(int r1, int r2) {
            this.r1 = r1;
            this.r2 = r2;
            Arrays.fill(topSecond, -1);
        }

        @Override
        public void visit(int index, int u1, int u2, boolean within) {
            if (!within) {
                return;
            }
            withinRedLines++;
            if (u1 > bestFirst) {
                bestFirst = u1;
            }
            if (u2 > bestSecond) {
                bestSecond = u2;
            }
            if (u1 < r1 || u2 < r2) {
                return;
            }
            feasible++;
            int top = topSecond[u1];
            if (u2 > top) {
                topSecond[u1] = u2;
                topIndex[u1] = index;
                topCount[u1] = 1;
            } else if (u2 == top) {
                topCount[u1]++;
            }
            int g1 = u1 - r1;
            int g2 = u2 - r2;
            int min = Math.min(g1, g2);
            int sum = g1 + g2;
            long product = (long) g1 * g2;
            // strict comparisons: on a complete tie the earlier (lower-index) package stays
            if (product > nashProduct
                    || product == nashProduct && (min > nashMin || min == nashMin && sum > nashSum)) {
                nashProduct = product;
                nashMin = min;
                nashSum = sum;
                nashIndex = index;
                nashFirst = u1;
            }
            if (min > maximinMin || min == maximinMin && sum > maximinSum) {
                maximinMin = min;
                maximinSum = sum;
                maximinIndex = index;
                maximinFirst = u1;
            }
        }
    }

    private FrontierPoint point(int index, int u1, int u2, int equivalents) {
        return new FrontierPoint(agenda().packageAt(index), index, u1 / 100.0, u2 / 100.0, equivalents);
    }

    private FrontierPoint frontierPointOf(int index, int u1) {
        int position = Arrays.binarySearch(frontierFirst, u1);
        if (position < 0 || frontier.get(position).index() != index) {
            throw new IllegalStateException("package " + index + " is not a frontier point's package");
        }
        return frontier.get(position);
    }

    private KalaiSmorodinsky computeKalaiSmorodinsky() {
        int m = frontierFirst.length;
        int ideal1 = frontierFirst[m - 1];
        int ideal2 = frontierSecond[0];
        UtilityPoint disagreement = new UtilityPoint(reservationFirst / 100.0, reservationSecond / 100.0);
        UtilityPoint ideal = new UtilityPoint(ideal1 / 100.0, ideal2 / 100.0);
        if (m == 1) {
            FrontierPoint only = frontier.get(0);
            return new KalaiSmorodinsky(disagreement, ideal, ideal, only, only, 0.0, only);
        }
        // m >= 2 implies ideal_i > r_i for both parties
        long span1 = ideal1 - reservationFirst;
        long span2 = ideal2 - reservationSecond;
        // side(p) = (u1 - r1) * span2 - (u2 - r2) * span1: the normalised gain of the first party
        // minus that of the second, times span1 * span2; strictly increasing along the frontier,
        // negative at its first point, positive at its last. The line from disagreement to ideal is side = 0.
        int j = 0;
        while (side(j, span1, span2) <= 0 && j + 1 < m && side(j + 1, span1, span2) <= 0) {
            j++;
        }
        long sideFrom = side(j, span1, span2);
        FrontierPoint from = frontier.get(j);
        FrontierPoint to;
        double weight;
        UtilityPoint point;
        if (sideFrom == 0) {
            to = from;
            weight = 0.0;
            point = new UtilityPoint(from.firstUtility(), from.secondUtility());
        } else {
            long sideTo = side(j + 1, span1, span2);
            to = frontier.get(j + 1);
            weight = (double) -sideFrom / (double) (sideTo - sideFrom);
            point = new UtilityPoint(
                    (frontierFirst[j] + weight * (frontierFirst[j + 1] - frontierFirst[j])) / 100.0,
                    (frontierSecond[j] + weight * (frontierSecond[j + 1] - frontierSecond[j])) / 100.0);
        }
        // suggested: the largest min of normalised gains, scaled by span1 * span2 to stay integral
        int best = -1;
        long bestMin = -1;
        long bestMax = -1;
        for (int i = 0; i < m; i++) {
            long a = (frontierFirst[i] - reservationFirst) * span2;
            long b = (frontierSecond[i] - reservationSecond) * span1;
            long min = Math.min(a, b);
            long max = Math.max(a, b);
            if (min > bestMin || min == bestMin && (max > bestMax
                    || max == bestMax && frontier.get(i).index() < frontier.get(best).index())) {
                best = i;
                bestMin = min;
                bestMax = max;
            }
        }
        return new KalaiSmorodinsky(disagreement, ideal, point, from, to, weight, frontier.get(best));
    }

    private long side(int i, long span1, long span2) {
        return (frontierFirst[i] - reservationFirst) * span2 - (frontierSecond[i] - reservationSecond) * span1;
    }

    /**
     * An improvement round: the feasible packages better than {@code tentative} for both parties
     * under {@code rule}, ordered by the smaller of the two gains descending (then the larger gain
     * descending, then the lowest index), at most {@code limit}. The tentative package itself need
     * not be feasible.
     */
    public List<Improvement> improvements(NegotiationPackage tentative, int limit, ImprovementRule rule) {
        agenda().requireValid(tentative, "tentative");
        if (limit < 0) {
            throw Checks.invalid("limit", "must be >= 0, got " + limit);
        }
        Checks.requireNonNull(rule, "rule");
        int t1 = space.firstUtility(tentative);
        int t2 = space.secondUtility(tentative);
        boolean strict = rule == ImprovementRule.BETTER_FOR_BOTH;
        long[][] keys = {new long[64]};
        int[] size = {0};
        if (limit > 0) {
            space.forEach((index, u1, u2, within) -> {
                if (!within || u1 < reservationFirst || u2 < reservationSecond) {
                    return;
                }
                int g1 = u1 - t1;
                int g2 = u2 - t2;
                boolean better = strict ? g1 > 0 && g2 > 0 : g1 >= 0 && g2 >= 0 && (g1 > 0 || g2 > 0);
                if (!better) {
                    return;
                }
                long key = (long) (MAX_SCALED - Math.min(g1, g2)) << (GAIN_BITS + INDEX_BITS)
                        | (long) (MAX_SCALED - Math.max(g1, g2)) << INDEX_BITS
                        | index;
                if (size[0] == keys[0].length) {
                    keys[0] = Arrays.copyOf(keys[0], keys[0].length * 2);
                }
                keys[0][size[0]++] = key;
            });
        }
        long[] sorted = Arrays.copyOf(keys[0], size[0]);
        Arrays.sort(sorted);
        int n = Math.min(limit, sorted.length);
        List<Improvement> result = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int index = (int) (sorted[i] & ((1L << INDEX_BITS) - 1));
            NegotiationPackage pkg = agenda().packageAt(index);
            int u1 = space.firstUtility(pkg);
            int u2 = space.secondUtility(pkg);
            result.add(new Improvement(pkg, index, u1 / 100.0, u2 / 100.0, (u1 - t1) / 100.0, (u2 - t2) / 100.0));
        }
        return List.copyOf(result);
    }

    /** Both parties' utilities for a package, and whether it is within red lines and feasible. */
    public Evaluation evaluate(NegotiationPackage pkg) {
        agenda().requireValid(pkg, "package");
        int u1 = space.firstUtility(pkg);
        int u2 = space.secondUtility(pkg);
        boolean within = space.withinRedLines(pkg);
        return new Evaluation(pkg, agenda().indexOf(pkg), u1 / 100.0, u2 / 100.0, within,
                within && u1 >= reservationFirst && u2 >= reservationSecond);
    }

    /**
     * The frontier point whose utilities the package has, if it is feasible and on the frontier
     * (the point's own package may be a different, equivalent one).
     */
    public Optional<FrontierPoint> frontierPointFor(NegotiationPackage pkg) {
        agenda().requireValid(pkg, "package");
        if (!space.withinRedLines(pkg)) {
            return Optional.empty();
        }
        int u1 = space.firstUtility(pkg);
        int position = Arrays.binarySearch(frontierFirst, u1);
        if (position < 0 || frontierSecond[position] != space.secondUtility(pkg)) {
            return Optional.empty();
        }
        return Optional.of(frontier.get(position));
    }

    public PreferenceProfile first() {
        return first;
    }

    public PreferenceProfile second() {
        return second;
    }

    public NegotiationAgenda agenda() {
        return first.agenda();
    }

    /** All packages of the agenda. */
    public long packageCount() {
        return space.size();
    }

    /** Packages holding no red-line option of either party. */
    public long withinRedLinesCount() {
        return withinRedLines;
    }

    /** Packages within both parties' red lines and worth at least each party's reservation value. */
    public long feasibleCount() {
        return feasible;
    }

    public boolean hasFeasiblePackage() {
        return feasible > 0;
    }

    /** The Pareto frontier of the feasible packages, by first party's utility ascending; empty when none is feasible. */
    public List<FrontierPoint> frontier() {
        return frontier;
    }

    /** The disagreement point: the two reservation values. */
    public UtilityPoint disagreementPoint() {
        return new UtilityPoint(reservationFirst / 100.0, reservationSecond / 100.0);
    }

    /** The best feasible utility of each party; empty when none is feasible. */
    public Optional<UtilityPoint> idealPoint() {
        return kalaiSmorodinsky().map(KalaiSmorodinsky::ideal);
    }

    /** The Nash bargaining solution: the feasible package maximising (u1 - r1)(u2 - r2). */
    public Optional<FrontierPoint> nash() {
        return Optional.ofNullable(nash);
    }

    public Optional<KalaiSmorodinsky> kalaiSmorodinsky() {
        return Optional.ofNullable(kalaiSmorodinsky);
    }

    /** The egalitarian package: the feasible package maximising min(u1 - r1, u2 - r2). */
    public Optional<FrontierPoint> maximin() {
        return Optional.ofNullable(maximin);
    }

    /**
     * One sentence for the mediator: how many packages are feasible, or why none is (it then names
     * the reservation values and each party's best utility within the red lines, so it is for the
     * mediator's eyes only).
     */
    public String verdict() {
        String p1 = first.party();
        String p2 = second.party();
        if (withinRedLines == 0) {
            return "No package is feasible: every one of the " + packageCount()
                    + " packages contains a red-line option of " + p1 + " or " + p2 + ".";
        }
        if (feasible == 0) {
            return "No package is feasible: " + withinRedLines + " of " + packageCount()
                    + " packages respect both parties' red lines, but none gives " + p1
                    + " at least its reservation value of " + first.reservationValue() + " (best "
                    + bestFirstWithinRedLines / 100.0 + ") and " + p2 + " at least "
                    + second.reservationValue() + " (best " + bestSecondWithinRedLines / 100.0 + ").";
        }
        return feasible + " of " + packageCount() + " packages are feasible (" + withinRedLines
                + " respect both parties' red lines); the Pareto frontier has " + frontier.size() + " points.";
    }

    /** Counts only; the reservation values in {@link #verdict()} are kept out of logs. */
    @Override
    public String toString() {
        return "PackageAnalysis[" + first.party() + " vs " + second.party() + ": " + packageCount()
                + " packages, " + withinRedLines + " within red lines, " + feasible + " feasible, "
                + frontier.size() + " frontier points]";
    }
}
