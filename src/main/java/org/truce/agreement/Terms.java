package org.truce.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.locationtech.jts.geom.Point;
import org.truce.geo.Regions;
import org.truce.shared.Category;
import org.truce.shared.Means;
import org.truce.shared.PowerPlantKind;

/**
 * The terms of one version of an agreement, as the parties sign them. Every field that the
 * verification engine reads is structured; clauses say the same (and more) in words.
 *
 * <p>A draft may leave fields open ({@code null} or empty); the {@link VaguenessCheck} says what
 * must be settled before a party may sign. Collections are normalized (sets in the taxonomy's
 * order, maps by key) so that the canonical JSON of equal terms is byte-identical.
 *
 * @param title                    the agreement's name
 * @param parties                  party codes ({@code UA}, {@code RU}), two or more, in the order written
 * @param mediator                 who brokered it, in words ("Third-party mediator")
 * @param effectiveFrom            the instant it takes effect (inclusive)
 * @param effectiveZone            the IANA zone it was written in ({@code Europe/Moscow}), for display
 * @param until                    the instant it ends (exclusive), or null when open-ended
 * @param reviewDate               the date the parties review an open-ended agreement (does not end it)
 * @param extensionRule            how it may be extended, or null when not stated
 * @param protectedCategories      the protected categories of the taxonomy
 * @param protectedPowerPlantKinds the protected kinds of power plant; empty means every kind
 *                                 (only meaningful when {@code power_plant} is protected)
 * @param geographicScope          per party code, where that party's infrastructure is protected
 * @param prohibitedMeans          the prohibited means; empty means every means
 * @param repelledAttemptsCount    whether an attempt that was repelled (intercepted) is a violation
 * @param siteListsExchanged       whether each party sees the other's protected-site list
 * @param obligations              undertakings besides refraining (notify an incident within N hours)
 * @param exclusions               what the protection does not cover
 * @param consequences             what a violation entails
 * @param entryIntoForceConditions conditions stated in words; signature by every party and the
 *                                 effective instant are always conditions, and the only ones Truce checks
 * @param clauses                  free-text clauses in one or more languages
 */
public record Terms(
        String title,
        List<String> parties,
        String mediator,
        Instant effectiveFrom,
        String effectiveZone,
        Instant until,
        LocalDate reviewDate,
        ExtensionRule extensionRule,
        Set<Category> protectedCategories,
        Set<PowerPlantKind> protectedPowerPlantKinds,
        Map<String, GeographicScope> geographicScope,
        Set<Means> prohibitedMeans,
        boolean repelledAttemptsCount,
        boolean siteListsExchanged,
        List<Obligation> obligations,
        List<Exclusion> exclusions,
        List<Consequence> consequences,
        List<String> entryIntoForceConditions,
        List<Clause> clauses) {

    public Terms {
        parties = parties == null ? List.of() : parties.stream().distinct().toList();
        protectedCategories = enumSet(protectedCategories, Category.class);
        protectedPowerPlantKinds = enumSet(protectedPowerPlantKinds, PowerPlantKind.class);
        geographicScope = geographicScope == null ? Map.of()
                : Collections.unmodifiableMap(new TreeMap<>(geographicScope));
        prohibitedMeans = enumSet(prohibitedMeans, Means.class);
        obligations = obligations == null ? List.of() : List.copyOf(obligations);
        exclusions = exclusions == null ? List.of() : List.copyOf(exclusions);
        consequences = consequences == null ? List.of() : List.copyOf(consequences);
        entryIntoForceConditions = entryIntoForceConditions == null ? List.of() : List.copyOf(entryIntoForceConditions);
        clauses = clauses == null ? List.of() : List.copyOf(clauses);
    }

    /** Whether the instant lies in the effective window [effectiveFrom, until). */
    public boolean windowContains(Instant instant) {
        return effectiveFrom != null && !instant.isBefore(effectiveFrom) && (until == null || instant.isBefore(until));
    }

    /** Whether strikes on this category (and, for power plants, this kind; null = unknown kind) are prohibited. */
    public boolean protects(Category category, PowerPlantKind kind) {
        if (!protectedCategories.contains(category)) {
            return false;
        }
        if (category != Category.POWER_PLANT || protectedPowerPlantKinds.isEmpty()) {
            return true;
        }
        return kind != null && protectedPowerPlantKinds.contains(kind);
    }

    /** Whether the means is prohibited; an empty list prohibits every means. */
    public boolean prohibits(Means means) {
        return prohibitedMeans.isEmpty() || prohibitedMeans.contains(means);
    }

    /** Whether the point lies in the protected territory of the party. */
    public boolean covers(String party, Point point, Regions regions) {
        GeographicScope scope = geographicScope.get(party);
        return scope != null && scope.covers(point, regions);
    }

    /** The notice period of an incident, when an obligation sets one. */
    public Optional<Integer> notifyIncidentWithinHours() {
        return obligations.stream().filter(o -> o.kind() == ObligationKind.NOTIFY_INCIDENT && o.withinHours() != null)
                .map(Obligation::withinHours).findFirst();
    }

    /** The effective instant as written, in its zone (for display). */
    public Optional<ZonedDateTime> effectiveFromLocal() {
        return local(effectiveFrom);
    }

    public Optional<ZonedDateTime> untilLocal() {
        return local(until);
    }

    private Optional<ZonedDateTime> local(Instant instant) {
        if (instant == null || effectiveZone == null) {
            return Optional.empty();
        }
        return Optional.of(instant.atZone(ZoneId.of(effectiveZone)));
    }

    private static <E extends Enum<E>> Set<E> enumSet(Set<E> values, Class<E> type) {
        if (values == null || values.isEmpty()) {
            return Collections.unmodifiableSet(EnumSet.noneOf(type));
        }
        return Collections.unmodifiableSet(EnumSet.copyOf(values));
    }
}
