package org.truce.talks;

import java.util.List;
import java.util.Map;

/**
 * A party's position as that party (or the mediator) reads it, with its holistic check: where the
 * party's direct ratings of whole packages disagree with its additive profile.
 *
 * @param position      the latest position stated
 * @param statements    how many times the party stated a position (the latest counts)
 * @param holisticCheck the check, or null when fewer than two packages were rated
 */
public record PositionView(Position position, int statements, HolisticCheckView holisticCheck) {

    public record HolisticCheckView(List<Row> rows, List<Disagreement> disagreements, Double kendallTau, Double spearmanRho,
                                    double meanAbsoluteDifference) {
    }

    /** A rated package: its utility under the profile, the party's own rating, and the difference (rating - utility). */
    public record Row(Map<String, String> choices, double additiveUtility, int holisticRating, double difference) {
    }

    /** Two rated packages the profile and the ratings order differently ({@code first_higher}, {@code equal}, {@code second_higher}). */
    public record Disagreement(Map<String, String> first, Map<String, String> second, String additive, String holistic,
                               boolean reversed) {
    }

    static PositionView of(Agenda agenda, Position position, int statements) {
        HolisticCheckView check = PositionProfiles.holisticCheck(agenda, position).map(c -> new HolisticCheckView(
                c.rows().stream().map(r -> new Row(agenda.choices(r.negotiationPackage()), r.additiveUtility(),
                        r.holisticRating(), r.difference())).toList(),
                c.disagreements().stream().map(d -> new Disagreement(agenda.choices(d.firstPackage()),
                        agenda.choices(d.secondPackage()), code(d.additive()), code(d.holistic()), d.reversed())).toList(),
                c.kendallTau().isPresent() ? c.kendallTau().getAsDouble() : null,
                c.spearmanRho().isPresent() ? c.spearmanRho().getAsDouble() : null,
                c.meanAbsoluteDifference())).orElse(null);
        return new PositionView(position, statements, check);
    }

    private static String code(HolisticCheck.Comparison comparison) {
        return comparison.name().toLowerCase(java.util.Locale.ROOT);
    }
}
