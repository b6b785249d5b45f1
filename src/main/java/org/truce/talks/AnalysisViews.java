package org.truce.talks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The mediator's analysis as the API and the analysis page show it: packages as option ids, each
 * party's utility 0-100. It combines both parties' private positions, so it is for the mediator only.
 */
public final class AnalysisViews {

    /** The most packages whose utilities are drawn as the scatter's cloud (a larger space is sampled evenly). */
    static final int CLOUD_SAMPLE = 20_000;

    private AnalysisViews() {
    }

    /** A package with both parties' utilities. */
    public record PackagePoint(Map<String, String> choices, long index, double first, double second, long equivalents) {
    }

    /** The Kalai-Smorodinsky solution: the crossing point, the segment it lies on, and the package to suggest. */
    public record KalaiSmorodinskyView(double[] point, PackagePoint from, PackagePoint to, double weight,
                                       PackagePoint suggested) {
    }

    /**
     * @param parties       the first and second party (the axes' order)
     * @param disagreement  the reservation values (r1, r2)
     * @param ideal         the best feasible utility of each, or null
     * @param feasibleCloud distinct utility pairs of feasible packages (sampled beyond {@link #CLOUD_SAMPLE} packages)
     * @param otherCloud    distinct utility pairs of the other packages (a red line crossed or below a reservation value)
     */
    public record AnalysisView(String talksId, List<String> parties, long packageCount, long withinRedLines, long feasible,
                               String verdict, double[] disagreement, double[] ideal, List<PackagePoint> frontier,
                               PackagePoint nash, KalaiSmorodinskyView kalaiSmorodinsky, PackagePoint maximin,
                               List<double[]> feasibleCloud, List<double[]> otherCloud, boolean sampled) {
    }

    /** An improvement round's answer: the tentative package and the feasible packages better for both. */
    public record ImprovementsView(PackagePoint tentative, boolean tentativeFeasible, String rule,
                                   List<Improvement> improvements) {
    }

    public record Improvement(PackagePoint point, double firstGain, double secondGain) {
    }

    static AnalysisView of(String talksId, Agenda agenda, PackageAnalysis analysis) {
        List<PackagePoint> frontier = analysis.frontier().stream().map(p -> point(agenda, p)).toList();
        KalaiSmorodinskyView ks = analysis.kalaiSmorodinsky().map(k -> new KalaiSmorodinskyView(
                new double[] {k.point().first(), k.point().second()}, point(agenda, k.from()), point(agenda, k.to()),
                k.weight(), point(agenda, k.suggested()))).orElse(null);
        List<double[]> feasible = new ArrayList<>();
        List<double[]> other = new ArrayList<>();
        boolean sampled = cloud(analysis, feasible, other);
        return new AnalysisView(talksId, List.of(analysis.first().party(), analysis.second().party()),
                analysis.packageCount(), analysis.withinRedLinesCount(), analysis.feasibleCount(), analysis.verdict(),
                new double[] {analysis.disagreementPoint().first(), analysis.disagreementPoint().second()},
                analysis.idealPoint().map(i -> new double[] {i.first(), i.second()}).orElse(null), frontier,
                analysis.nash().map(p -> point(agenda, p)).orElse(null), ks,
                analysis.maximin().map(p -> point(agenda, p)).orElse(null), feasible, other, sampled);
    }

    static PackagePoint point(Agenda agenda, PackageAnalysis.FrontierPoint p) {
        return new PackagePoint(agenda.choices(p.negotiationPackage()), p.index(), p.firstUtility(), p.secondUtility(),
                p.equivalentPackages());
    }

    static PackagePoint point(Agenda agenda, PackageAnalysis.Evaluation e) {
        return new PackagePoint(agenda.choices(e.negotiationPackage()), e.index(), e.firstUtility(), e.secondUtility(), 1);
    }

    static ImprovementsView improvements(Agenda agenda, PackageAnalysis analysis, NegotiationPackage tentative, int limit,
                                         PackageAnalysis.ImprovementRule rule) {
        PackageAnalysis.Evaluation evaluation = analysis.evaluate(tentative);
        List<Improvement> better = analysis.improvements(tentative, limit, rule).stream()
                .map(i -> new Improvement(new PackagePoint(agenda.choices(i.negotiationPackage()), i.index(),
                        i.firstUtility(), i.secondUtility(), 1), i.firstGain(), i.secondGain()))
                .toList();
        return new ImprovementsView(point(agenda, evaluation), evaluation.feasible(),
                rule.name().toLowerCase(java.util.Locale.ROOT), better);
    }

    /** Distinct utility pairs of (a sample of) the package space; true when sampled. */
    private static boolean cloud(PackageAnalysis analysis, List<double[]> feasible, List<double[]> other) {
        long count = analysis.packageCount();
        long step = Math.max(1, (count + CLOUD_SAMPLE - 1) / CLOUD_SAMPLE);
        NegotiationAgenda agenda = analysis.agenda();
        Set<Integer> seenFeasible = new HashSet<>();
        Set<Integer> seenOther = new HashSet<>();
        for (long index = 0; index < count; index += step) {
            PackageAnalysis.Evaluation e = analysis.evaluate(agenda.packageAt(index));
            int key = (int) Math.round(e.firstUtility() * 100) * 10_001 + (int) Math.round(e.secondUtility() * 100);
            if (e.feasible() ? seenFeasible.add(key) : seenOther.add(key)) {
                (e.feasible() ? feasible : other).add(new double[] {e.firstUtility(), e.secondUtility()});
            }
        }
        return step > 1;
    }
}
