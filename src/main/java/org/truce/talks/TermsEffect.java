package org.truce.talks;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What choosing an option writes into the agreement terms once the text is agreed (see
 * {@link AgreedTerms}). Every field is optional; an option of the duration issue sets
 * {@code durationDays}, one of the geography issue {@code geographicScope}, and so on.
 *
 * @param protectedCategories      category codes of the taxonomy ({@code substation}, …)
 * @param protectedPowerPlantKinds power plant kinds ({@code nuclear}, …); empty: every kind
 * @param durationDays             the moratorium lasts this many calendar days (in the start's zone)
 * @param startsAt                 a fixed start written with its offset and zone
 *                                 ({@code 2024-09-01T00:00+03:00[Europe/Moscow]})
 * @param startsHoursAfterAgreement the start counted from the moment both parties accept the text
 * @param zone                     the IANA zone a relative start is written in (default: the talks' zone)
 * @param geographicScope          for each party, the shipped region ids where its infrastructure is protected
 * @param exclusions               what the protection does not cover, in words
 * @param notifyIncidentWithinHours each party notifies an incident to the mediator within this many hours
 * @param obligations              other undertakings, in words (monitoring arrangements)
 * @param consequences             what a violation entails ({@code consultations}, {@code suspends_agreement},
 *                                 {@code releases_other_party}, {@code other}) with its words
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record TermsEffect(List<String> protectedCategories, List<String> protectedPowerPlantKinds, Integer durationDays,
                          String startsAt, Integer startsHoursAfterAgreement, String zone,
                          Map<String, List<String>> geographicScope, List<String> exclusions,
                          Integer notifyIncidentWithinHours, List<String> obligations, List<Consequence> consequences) {

    public static final TermsEffect NONE = new TermsEffect(null, null, null, null, null, null, null, null, null, null, null);

    public TermsEffect {
        protectedCategories = protectedCategories == null ? List.of() : List.copyOf(protectedCategories);
        protectedPowerPlantKinds = protectedPowerPlantKinds == null ? List.of() : List.copyOf(protectedPowerPlantKinds);
        geographicScope = geographicScope == null ? Map.of() : Map.copyOf(geographicScope);
        exclusions = exclusions == null ? List.of() : List.copyOf(exclusions);
        obligations = obligations == null ? List.of() : List.copyOf(obligations);
        consequences = consequences == null ? List.of() : List.copyOf(consequences);
    }

    /** A consequence of a violation: its kind code and its words. */
    public record Consequence(String kind, String text) {
    }

    public static TermsEffect categories(List<String> categories, List<String> powerPlantKinds) {
        return new TermsEffect(categories, powerPlantKinds, null, null, null, null, null, null, null, null, null);
    }

    public static TermsEffect days(int days) {
        return new TermsEffect(null, null, days, null, null, null, null, null, null, null, null);
    }

    public static TermsEffect startsAt(String writtenInstant) {
        return new TermsEffect(null, null, null, writtenInstant, null, null, null, null, null, null, null);
    }

    public static TermsEffect startsAfter(int hours, String zone) {
        return new TermsEffect(null, null, null, null, hours, zone, null, null, null, null, null);
    }

    public static TermsEffect scope(Map<String, List<String>> regionsByParty, List<String> exclusions) {
        return new TermsEffect(null, null, null, null, null, null, regionsByParty, exclusions, null, null, null);
    }

    public static TermsEffect notifyWithin(int hours) {
        return new TermsEffect(null, null, null, null, null, null, null, null, hours, null, null);
    }

    public static TermsEffect obligation(String text) {
        return new TermsEffect(null, null, null, null, null, null, null, null, null, List.of(text), null);
    }

    public static TermsEffect consequence(String kind, String text) {
        return new TermsEffect(null, null, null, null, null, null, null, null, null, null, List.of(new Consequence(kind, text)));
    }
}
