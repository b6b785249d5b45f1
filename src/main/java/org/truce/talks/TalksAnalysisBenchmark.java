package org.truce.talks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Times {@link PackageAnalysis#of} (enumeration, utilities, frontier, Nash, Kalai-Smorodinsky,
 * maximin) on a reproducible random problem. Plain Java, no JMH: warm-up runs, then timed runs,
 * reporting the median and the worst. Meant for {@code truce bench talks}.
 */
public final class TalksAnalysisBenchmark {

    /** 6 issues of 10 options: 1,000,000 packages. */
    public static final int DEFAULT_ISSUES = 6;
    public static final int DEFAULT_OPTIONS = 10;
    public static final long DEFAULT_SEED = 20240806L;
    public static final int DEFAULT_WARMUPS = 3;
    public static final int DEFAULT_RUNS = 7;

    private TalksAnalysisBenchmark() {
    }

    /** Two random profiles over one random agenda. */
    public record Problem(PreferenceProfile first, PreferenceProfile second) {
        public Problem {
            Checks.requireNonNull(first, "first");
            Checks.requireNonNull(second, "second");
        }
    }

    /**
     * Benchmark figures.
     *
     * @param packages       packages analysed per run
     * @param feasible       feasible packages
     * @param frontierPoints points on the Pareto frontier
     * @param warmups        untimed runs before the timed ones
     * @param runs           timed runs
     * @param medianMillis   median wall time of a timed run, milliseconds
     * @param worstMillis    slowest timed run, milliseconds
     * @param bestMillis     fastest timed run, milliseconds
     */
    public record Figures(long packages, long feasible, int frontierPoints, int warmups, int runs,
                          double medianMillis, double worstMillis, double bestMillis) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT,
                    "talks analysis: %,d packages (%,d feasible, %d on the Pareto frontier); "
                            + "%d runs after %d warm-ups: median %.1f ms, worst %.1f ms, best %.1f ms",
                    packages, feasible, frontierPoints, runs, warmups, medianMillis, worstMillis, bestMillis);
        }
    }

    /** The default benchmark: 1,000,000 packages, 3 warm-ups, 7 timed runs. */
    public static Figures run() {
        return run(DEFAULT_SEED, DEFAULT_ISSUES, DEFAULT_OPTIONS, DEFAULT_WARMUPS, DEFAULT_RUNS);
    }

    public static Figures run(long seed, int issues, int optionsPerIssue, int warmups, int runs) {
        if (warmups < 0) {
            throw Checks.invalid("warmups", "must be >= 0, got " + warmups);
        }
        if (runs < 1) {
            throw Checks.invalid("runs", "must be >= 1, got " + runs);
        }
        Problem problem = problem(seed, issues, optionsPerIssue);
        PackageAnalysis analysis = null;
        for (int i = 0; i < warmups; i++) {
            analysis = PackageAnalysis.of(problem.first(), problem.second());
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            analysis = PackageAnalysis.of(problem.first(), problem.second());
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        double median = runs % 2 == 1
                ? nanos[runs / 2]
                : (nanos[runs / 2 - 1] + nanos[runs / 2]) / 2.0;
        return new Figures(analysis.packageCount(), analysis.feasibleCount(), analysis.frontier().size(),
                warmups, runs, median / 1e6, nanos[runs - 1] / 1e6, nanos[0] / 1e6);
    }

    /**
     * A reproducible random problem: {@code issues} issues of {@code optionsPerIssue} options;
     * random weights summing to 100; ratings uniform 0-100 with one option of each issue at 100;
     * reservation values 40; each party has one red-line option in each of two issues.
     */
    public static Problem problem(long seed, int issues, int optionsPerIssue) {
        if (issues < 2) {
            throw Checks.invalid("issues", "must be >= 2, got " + issues);
        }
        if (optionsPerIssue < 2) {
            throw Checks.invalid("optionsPerIssue", "must be >= 2, got " + optionsPerIssue);
        }
        Random random = new Random(seed);
        List<NegotiationIssue> list = new ArrayList<>();
        for (int i = 0; i < issues; i++) {
            List<IssueOption> options = new ArrayList<>();
            for (int o = 0; o < optionsPerIssue; o++) {
                options.add(new IssueOption("o" + o, "option " + o + " of issue " + i));
            }
            list.add(new NegotiationIssue("i" + i, "Issue " + i, options));
        }
        NegotiationAgenda agenda = new NegotiationAgenda(list);
        return new Problem(profile("A", agenda, random), profile("B", agenda, random));
    }

    private static PreferenceProfile profile(String party, NegotiationAgenda agenda, Random random) {
        int n = agenda.issueCount();
        // weights: 100 points in n random positive shares (largest remainder rounding)
        double[] raw = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            raw[i] = 0.2 + random.nextDouble();
            total += raw[i];
        }
        int[] weights = new int[n];
        int assigned = 0;
        for (int i = 0; i < n; i++) {
            weights[i] = (int) Math.floor(raw[i] / total * 100);
            assigned += weights[i];
        }
        for (int i = 0; assigned < 100; i = (i + 1) % n) {
            weights[i]++;
            assigned++;
        }
        Map<String, Integer> weightMap = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> ratings = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            NegotiationIssue issue = agenda.issue(i);
            weightMap.put(issue.id(), weights[i]);
            Map<String, Integer> issueRatings = new LinkedHashMap<>();
            int best = random.nextInt(issue.optionCount());
            for (int o = 0; o < issue.optionCount(); o++) {
                issueRatings.put(issue.option(o).id(), o == best ? 100 : random.nextInt(101));
            }
            ratings.put(issue.id(), issueRatings);
        }
        Map<String, Set<String>> redLines = new LinkedHashMap<>();
        for (int k = 0; k < 2; k++) {
            NegotiationIssue issue = agenda.issue(random.nextInt(n));
            redLines.putIfAbsent(issue.id(), Set.of(issue.option(random.nextInt(issue.optionCount())).id()));
        }
        return new PreferenceProfile(party, agenda, weightMap, ratings, 40, redLines);
    }

    public static void main(String[] args) {
        System.out.println(run());
    }
}
