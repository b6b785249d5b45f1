package org.truce.talks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Consistency check of a party's additive profile against its holistic ratings of a handful of
 * whole packages (as in Inspire): where the two disagree, the mediator can ask the party to revise
 * its weights or ratings.
 *
 * <p>Build with {@link #of(PreferenceProfile, List)}. Rows and disagreements follow the order of
 * the ratings given.
 *
 * @param party         the profile's party
 * @param rows          per rated package: additive utility, holistic rating, difference
 * @param disagreements the pairs of rated packages that the two orders rank differently: one
 *                      higher in one order but lower or equal in the other, or equal in one and
 *                      not in the other
 * @param kendallTau    Kendall's tau-b between additive utilities and holistic ratings (ties
 *                      corrected); empty when either side rates every package the same
 * @param spearmanRho   Spearman's rho (Pearson correlation of average ranks); empty likewise
 */
public record HolisticCheck(String party, List<Row> rows, List<OrderDisagreement> disagreements,
                            OptionalDouble kendallTau, OptionalDouble spearmanRho) {

    /** How a pair (first, second) compares in one order. */
    public enum Comparison {
        FIRST_HIGHER, EQUAL, SECOND_HIGHER;

        static Comparison of(int first, int second) {
            return first > second ? FIRST_HIGHER : first < second ? SECOND_HIGHER : EQUAL;
        }
    }

    /**
     * @param negotiationPackage the rated package
     * @param additiveUtility    its utility under the additive profile, 0-100
     * @param holisticRating     the party's direct rating, 0-100
     * @param difference         holisticRating - additiveUtility (positive: the party likes the
     *                           package more than its profile says)
     */
    public record Row(NegotiationPackage negotiationPackage, double additiveUtility, int holisticRating,
                      double difference) {
        public Row {
            Objects.requireNonNull(negotiationPackage, "negotiationPackage");
        }
    }

    /**
     * A pair of rated packages ordered differently by the additive profile and the holistic ratings.
     *
     * @param firstPackage  the package rated earlier in the input
     * @param secondPackage the package rated later
     * @param additive      how the additive utilities compare them
     * @param holistic      how the holistic ratings compare them
     */
    public record OrderDisagreement(NegotiationPackage firstPackage, NegotiationPackage secondPackage,
                                    Comparison additive, Comparison holistic) {
        public OrderDisagreement {
            Objects.requireNonNull(firstPackage, "firstPackage");
            Objects.requireNonNull(secondPackage, "secondPackage");
            Objects.requireNonNull(additive, "additive");
            Objects.requireNonNull(holistic, "holistic");
            if (additive == holistic) {
                throw Checks.invalid("holistic", "must differ from additive, both " + additive);
            }
        }

        /** True when the two orders are strictly opposite (not merely a tie on one side). */
        public boolean reversed() {
            return additive != Comparison.EQUAL && holistic != Comparison.EQUAL;
        }
    }

    public HolisticCheck {
        Checks.requireText(party, "party");
        rows = List.copyOf(Checks.requireNonNull(rows, "rows"));
        disagreements = List.copyOf(Checks.requireNonNull(disagreements, "disagreements"));
        Checks.requireNonNull(kendallTau, "kendallTau");
        Checks.requireNonNull(spearmanRho, "spearmanRho");
    }

    /**
     * Compares the profile with the party's holistic ratings.
     *
     * @param ratings at least two distinct packages of the profile's agenda
     */
    public static HolisticCheck of(PreferenceProfile profile, List<HolisticRating> ratings) {
        Checks.requireNonNull(profile, "profile");
        Checks.requireNonNull(ratings, "ratings");
        if (ratings.size() < 2) {
            throw Checks.invalid("ratings", "at least 2 rated packages are needed to compare orders, got "
                    + ratings.size());
        }
        int n = ratings.size();
        int[] additive = new int[n];
        int[] holistic = new int[n];
        Map<NegotiationPackage, Integer> seen = new HashMap<>();
        List<Row> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String field = "ratings[" + i + "]";
            HolisticRating rating = Checks.requireNonNull(ratings.get(i), field);
            NegotiationPackage pkg = profile.agenda().requireValid(rating.negotiationPackage(),
                    field + ".negotiationPackage");
            Integer earlier = seen.putIfAbsent(pkg, i);
            if (earlier != null) {
                throw Checks.invalid(field, "package " + pkg + " is already rated at ratings[" + earlier + "]");
            }
            additive[i] = profile.scaledUtility(pkg);
            holistic[i] = rating.rating() * 100;
            rows.add(new Row(pkg, additive[i] / 100.0, rating.rating(), (holistic[i] - additive[i]) / 100.0));
        }

        List<OrderDisagreement> disagreements = new ArrayList<>();
        long concordant = 0;
        long discordant = 0;
        long tiedAdditive = 0;
        long tiedHolistic = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                Comparison a = Comparison.of(additive[i], additive[j]);
                Comparison h = Comparison.of(holistic[i], holistic[j]);
                if (a == Comparison.EQUAL) {
                    tiedAdditive++;
                }
                if (h == Comparison.EQUAL) {
                    tiedHolistic++;
                }
                if (a != Comparison.EQUAL && h != Comparison.EQUAL) {
                    if (a == h) {
                        concordant++;
                    } else {
                        discordant++;
                    }
                }
                if (a != h) {
                    disagreements.add(new OrderDisagreement(rows.get(i).negotiationPackage(),
                            rows.get(j).negotiationPackage(), a, h));
                }
            }
        }
        long pairs = (long) n * (n - 1) / 2;
        double denominator = Math.sqrt((double) (pairs - tiedAdditive) * (double) (pairs - tiedHolistic));
        OptionalDouble tau = denominator == 0
                ? OptionalDouble.empty()
                : OptionalDouble.of((concordant - discordant) / denominator);
        return new HolisticCheck(profile.party(), rows, disagreements, tau,
                pearson(averageRanks(additive), averageRanks(holistic)));
    }

    /** Rows by absolute difference, largest first (input order on ties): where to start the conversation. */
    public List<Row> rowsByDiscrepancy() {
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingDouble((Row row) -> Math.abs(row.difference())).reversed());
        return List.copyOf(sorted);
    }

    /** Mean of |holistic rating - additive utility| over the rated packages. */
    public double meanAbsoluteDifference() {
        return rows.stream().mapToDouble(row -> Math.abs(row.difference())).average().orElse(0);
    }

    /** Ranks 1..n, tied values sharing the average of their ranks. */
    private static double[] averageRanks(int[] values) {
        int n = values.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingInt(i -> values[i]));
        double[] ranks = new double[n];
        int start = 0;
        while (start < n) {
            int end = start;
            while (end + 1 < n && values[order[end + 1]] == values[order[start]]) {
                end++;
            }
            double rank = (start + end) / 2.0 + 1;
            for (int k = start; k <= end; k++) {
                ranks[order[k]] = rank;
            }
            start = end + 1;
        }
        return ranks;
    }

    private static OptionalDouble pearson(double[] x, double[] y) {
        int n = x.length;
        double meanX = 0;
        double meanY = 0;
        for (int i = 0; i < n; i++) {
            meanX += x[i];
            meanY += y[i];
        }
        meanX /= n;
        meanY /= n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - meanX) * (y[i] - meanY);
            sxx += (x[i] - meanX) * (x[i] - meanX);
            syy += (y[i] - meanY) * (y[i] - meanY);
        }
        if (sxx == 0 || syy == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(sxy / Math.sqrt(sxx * syy));
    }
}
