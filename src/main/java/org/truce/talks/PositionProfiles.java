package org.truce.talks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.truce.talks.TalksInputs.PositionInput;

/**
 * A stored position as the analysis reads it: a {@link PreferenceProfile} over the talks' agenda,
 * and its holistic ratings as {@link HolisticRating}s. The same checks refuse a position as it is
 * stated, naming the field ({@code position.weights}, {@code position.ratings.duration.d30}).
 */
public final class PositionProfiles {

    static final int MAX_HOLISTIC = 12;

    private PositionProfiles() {
    }

    /** The profile of a stored position (it was checked when stated). */
    public static PreferenceProfile profile(Agenda agenda, Position position) {
        return profile(agenda.negotiationAgenda(), position.party(), position.weights(), position.ratings(),
                position.reservationValue(), position.redLines());
    }

    public static List<HolisticRating> holisticRatings(Agenda agenda, Position position) {
        NegotiationAgenda negotiation = agenda.negotiationAgenda();
        return position.holistic().stream()
                .map(h -> new HolisticRating(negotiation.packageOf(h.choices()), h.rating())).toList();
    }

    /** The party's holistic check, when it rated at least two packages. */
    public static java.util.Optional<HolisticCheck> holisticCheck(Agenda agenda, Position position) {
        if (position.holistic().size() < 2) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(HolisticCheck.of(profile(agenda, position), holisticRatings(agenda, position)));
    }

    /** Checks a stated position; the problems name fields under {@code position}. */
    static Checked check(Agenda agenda, String party, PositionInput input, Problems problems) {
        if (input == null) {
            problems.add("position", "required");
            return null;
        }
        int reservation = problems.percent(input.reservationValue(), "position.reservationValue");
        Map<String, List<String>> redLines = new LinkedHashMap<>();
        if (input.redLines() != null) {
            input.redLines().forEach((issue, options) -> {
                if (options != null && !options.isEmpty()) {
                    redLines.put(issue, List.copyOf(new LinkedHashSet<>(options)));
                }
            });
        }
        PreferenceProfile profile = problems.check("position", () -> profile(agenda.negotiationAgenda(), party,
                input.weights(), input.ratings(), reservation, redLines));
        List<Position.HolisticInput> holistic = new ArrayList<>();
        List<Position.HolisticInput> written = input.holistic() == null ? List.of() : input.holistic();
        if (written.size() == 1) {
            problems.add("position.holistic", "rate at least two packages (or none): the check compares orders");
        }
        if (written.size() > MAX_HOLISTIC) {
            problems.add("position.holistic", "at most " + MAX_HOLISTIC + " packages, got " + written.size());
        }
        Set<Map<String, String>> seen = new java.util.HashSet<>();
        for (int i = 0; i < written.size(); i++) {
            String at = "position.holistic[" + i + "]";
            Position.HolisticInput h = written.get(i);
            if (h == null) {
                problems.add(at, "required");
                continue;
            }
            int rating = problems.percent(h.rating(), at + ".rating");
            try {
                Map<String, String> choices = agenda.requirePackage(h.choices(), at + ".choices");
                if (!seen.add(choices)) {
                    problems.add(at + ".choices", "this package is already rated");
                }
                holistic.add(new Position.HolisticInput(choices, rating));
            } catch (org.truce.shared.InvalidInput e) {
                e.problems().forEach(p -> problems.add(p.field(), p.reason()));
            }
        }
        if (profile == null) {
            return null;
        }
        return new Checked(profile.weights(), profile.ratings(), reservation, redLines, holistic);
    }

    /** A position's parts once checked, in agenda order. */
    record Checked(Map<String, Integer> weights, Map<String, Map<String, Integer>> ratings, int reservationValue,
                   Map<String, List<String>> redLines, List<Position.HolisticInput> holistic) {
    }

    private static PreferenceProfile profile(NegotiationAgenda agenda, String party, Map<String, Integer> weights,
                                             Map<String, Map<String, Integer>> ratings, int reservation,
                                             Map<String, List<String>> redLines) {
        Map<String, Set<String>> sets = new LinkedHashMap<>();
        redLines.forEach((issue, options) -> sets.put(issue, new LinkedHashSet<>(options)));
        return new PreferenceProfile(party, agenda, weights == null ? null : new LinkedHashMap<>(weights),
                ratings, reservation, sets);
    }
}
