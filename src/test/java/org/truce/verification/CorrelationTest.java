package org.truce.verification;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.truce.geo.Geodesy;
import org.truce.reports.GeoPrecision;
import org.truce.reports.ReportTime;
import org.truce.reports.TimePrecision;
import org.truce.shared.Category;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Correlation: the link rule on hand-built pairs, decisions, and rebuild equals incremental in any order. */
class CorrelationTest {

    private static ClaimFacts sudzha(String id, String claimant, String accused, String date) {
        return Claims.at(id, 51.19, 35.27, GeoPrecision.SITE, Claims.day(date, "Europe/Moscow"), Category.GAS_METERING,
                claimant, accused);
    }

    @Test
    void twoClaimsOfOneEventWithOppositeAttributionsAreOneIncidentAndAnotherDayIsAnother() {
        Correlation c = new Correlation();
        c.add(sudzha("rep_01", "RU", "UA", "2025-03-21"));
        c.add(sudzha("rep_02", "RU", "UA", "2025-03-28"));
        c.add(sudzha("rep_03", "UA", "RU", "2025-03-28"));
        assertThat(incidents(c)).isEqualTo(Map.of("inc_01", Set.of("rep_01"), "inc_02", Set.of("rep_02", "rep_03")));
    }

    @Test
    void differentFacilityTypesAreDifferentEventsAndAnUnknownTypeJoinsEither() {
        ReportTime day = Claims.day("2025-03-25", "Europe/Moscow");
        ClaimFacts substation = Claims.at("rep_1", 51.73, 36.19, GeoPrecision.TOWN, day, Category.SUBSTATION, "RU", "UA");
        ClaimFacts depot = Claims.at("rep_2", 51.73, 36.19, GeoPrecision.TOWN, day, Category.OIL_DEPOT, "RU", "UA");
        ClaimFacts unknown = Claims.at("rep_3", 51.73, 36.19, GeoPrecision.TOWN, day, null, "UA", null);
        assertThat(Linking.linked(substation, depot)).isFalse();
        assertThat(Linking.linked(substation, unknown)).isTrue();
        assertThat(Linking.linked(depot, unknown)).isTrue();
    }

    @Test
    void placesLinkWhenTheUncertaintyCirclesMeetExactly() {
        ReportTime day = Claims.day("2025-03-25", "Europe/Moscow");
        ClaimFacts site = Claims.at("rep_1", 50.0, 36.0, GeoPrecision.SITE, day, null, "RU", "UA");
        double lat = 50.0 + 0.11;
        double d = Geodesy.distanceMetres(50.0, 36.0, lat, 36.0);
        ClaimFacts town = Claims.withRadius(Claims.at("rep_2", lat, 36.0, GeoPrecision.TOWN, day, null, "UA", null), d - 2_000);
        assertThat(Linking.linked(site, town)).isTrue();
        assertThat(Linking.linked(site, Claims.withRadius(town, d - 2_001))).isFalse();
    }

    @Test
    void timesLinkWithinTheLooserClaimsTolerance() {
        ClaimFacts day = Claims.at("rep_1", 50.0, 36.0, GeoPrecision.SITE, Claims.day("2025-03-25", "UTC"), null, "RU", "UA");
        ClaimFacts sixHoursAfter = Claims.at("rep_2", 50.0, 36.0, GeoPrecision.SITE, Claims.exact("2025-03-26T06:00:00Z"),
                null, "UA", null);
        ClaimFacts later = Claims.at("rep_3", 50.0, 36.0, GeoPrecision.SITE, Claims.exact("2025-03-26T06:00:00.001Z"),
                null, "UA", null);
        assertThat(Linking.linked(day, sixHoursAfter)).isTrue();
        assertThat(Linking.linked(day, later)).isFalse();
    }

    @Test
    void aSplitKeepsItsSidesApartEvenWhenALaterClaimLinksToBoth() {
        Correlation c = new Correlation();
        c.add(sudzha("rep_01", "RU", "UA", "2025-03-28"));
        c.add(sudzha("rep_02", "UA", "RU", "2025-03-28"));
        c.apply(new IncidentDecision.Split(10, "inc_01", List.of("rep_02"), List.of("rep_01"), null), r -> r);
        assertThat(incidents(c)).isEqualTo(Map.of("inc_01", Set.of("rep_01"), "inc_02", Set.of("rep_02")));
        c.add(sudzha("rep_03", "UA", "RU", "2025-03-28"));
        assertThat(incidents(c).values()).containsExactlyInAnyOrder(Set.of("rep_01", "rep_03"), Set.of("rep_02"));
        // the rebuild from the stored decision answers the same
        Correlation rebuilt = Correlation.rebuild(List.of(sudzha("rep_01", "RU", "UA", "2025-03-28"),
                        sudzha("rep_02", "UA", "RU", "2025-03-28"), sudzha("rep_03", "UA", "RU", "2025-03-28")),
                List.of(new IncidentDecision.Split(10, "inc_01", List.of("rep_02"), List.of("rep_01"), null)), r -> r);
        assertThat(incidents(rebuilt)).isEqualTo(incidents(c));
        // a merge overrides the split
        c.apply(new IncidentDecision.Merge(11, List.of("inc_01", "inc_02"), List.of("rep_01", "rep_02", "rep_03"), null), r -> r);
        assertThat(incidents(c)).isEqualTo(Map.of("inc_01", Set.of("rep_01", "rep_02", "rep_03")));
    }

    @Test
    void aMergeHoldsFarApartClaimsTogetherAndACorrectionTakesItsReportsPlace() {
        Correlation c = new Correlation();
        ReportTime day = Claims.day("2025-03-25", "Europe/Moscow");
        c.add(Claims.at("rep_01", 50.0, 36.0, GeoPrecision.SITE, day, null, "RU", "UA"));
        c.add(Claims.at("rep_02", 55.0, 40.0, GeoPrecision.SITE, day, null, "RU", "UA"));
        c.apply(new IncidentDecision.Merge(5, List.of("inc_01", "inc_02"), List.of("rep_01", "rep_02"), null), r -> r);
        assertThat(incidents(c)).isEqualTo(Map.of("inc_01", Set.of("rep_01", "rep_02")));
        ClaimFacts original = Claims.at("rep_02", 55.0, 40.0, GeoPrecision.SITE, day, null, "RU", "UA");
        ClaimFacts correction = new ClaimFacts("rep_09", "rep_02", "rep_02", original.openedAt(), original.earliest(),
                original.latest(), original.timePrecision(), original.zone(), 55.1, 40.0, 2000, GeoPrecision.SITE, null, null,
                List.of(), null, null, null, original.means(), original.outcome(), "RU", "RU", "UA");
        Correlation.Changes changes = c.add(correction);
        assertThat(changes.changed()).contains("inc_01");
        assertThat(incidents(c)).isEqualTo(Map.of("inc_01", Set.of("rep_01", "rep_09")));
    }

    // ---------------------------------------------------------------- property: order does not matter

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 25);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aRebuildFromScratchGivesTheSameIncidentsAsIncrementalRunsInRandomOrders(long seed) {
        Random random = new Random(seed);
        List<ClaimFacts> claims = randomClaims(random, 150 + random.nextInt(150));
        Map<String, Set<String>> rebuilt = incidents(Correlation.rebuild(claims, List.of(), r -> r));
        for (int order = 0; order < 3; order++) {
            List<ClaimFacts> shuffled = new ArrayList<>(claims);
            Collections.shuffle(shuffled, random);
            Correlation incremental = new Correlation();
            shuffled.forEach(incremental::add);
            assertThat(incidents(incremental)).as("order %d", order).isEqualTo(rebuilt);
        }
        // every claim is in exactly one incident, and the case is not trivial: claims do chain
        assertThat(rebuilt.values().stream().mapToInt(Set::size).sum()).isEqualTo(claims.size());
        assertThat(rebuilt.values()).anyMatch(reports -> reports.size() > 2);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aRebuildWithSitesMergesAndCorrectionsGivesTheSameIncidentsAsAddingTheClaimsAfterTheDecisions(long seed) {
        Random random = new Random(seed);
        List<ClaimFacts> claims = new ArrayList<>();
        for (ClaimFacts c : randomClaims(random, 150 + random.nextInt(150))) {
            // some claims name one of two sites (linking them wherever they are), a few have no point at all
            int r = random.nextInt(10);
            String site = r < 2 ? "site_" + random.nextInt(2) : null;
            boolean located = r != 9 || site != null;
            claims.add(new ClaimFacts(c.reportId(), c.rootId(), null, c.openedAt(), c.earliest(), c.latest(),
                    c.timePrecision(), c.zone(), located ? c.latitude() : Double.NaN, located ? c.longitude() : Double.NaN,
                    located ? c.radiusMetres() : 0, c.geoPrecision(), null, null, List.of(), site, c.category(), null,
                    c.means(), c.outcome(), c.claimant(), c.owner(), c.accused()));
        }
        // corrections (ids after every original, as the engine orders them) move some claims elsewhere
        Map<String, String> rootOf = new TreeMap<>();
        claims.forEach(c -> rootOf.put(c.reportId(), c.rootId()));
        int originals = claims.size();
        for (int k = 0; k < originals / 10; k++) {
            ClaimFacts c = claims.get(random.nextInt(originals));
            String id = String.format("rep_c%03d", k);
            claims.add(new ClaimFacts(id, c.rootId(), c.reportId(), c.openedAt(), c.earliest(), c.latest(),
                    c.timePrecision(), c.zone(), 50 + random.nextDouble() * 0.8, 30 + random.nextDouble() * 1.2,
                    c.radiusMetres() == 0 ? 2_000 : c.radiusMetres(), c.geoPrecision(), null, null, List.of(),
                    c.siteId(), c.category(), null, c.means(), c.outcome(), c.claimant(), c.owner(), c.accused()));
            rootOf.put(id, c.rootId());
        }
        // merges of random reports, some naming a report since corrected
        List<IncidentDecision> merges = new ArrayList<>();
        for (int m = 0; m < 4; m++) {
            List<String> reports = new ArrayList<>();
            for (int k = 0; k < 2 + random.nextInt(3); k++) {
                reports.add(claims.get(random.nextInt(claims.size())).reportId());
            }
            merges.add(new IncidentDecision.Merge(m + 1, List.of(), reports, null));
        }
        Correlation rebuilt = Correlation.rebuild(claims, merges, rootOf::get);
        Correlation oneByOne = new Correlation();
        merges.forEach(d -> oneByOne.apply(d, rootOf::get));
        claims.forEach(oneByOne::add);
        assertThat(incidents(rebuilt)).isEqualTo(incidents(oneByOne));
        assertThat(rebuilt.size()).isEqualTo(oneByOne.size());
        // and the rebuilt correlation goes on as the other one does
        ClaimFacts late = claims.get(random.nextInt(originals));
        ClaimFacts another = new ClaimFacts("rep_z", "rep_z", null, late.openedAt(), late.earliest(), late.latest(),
                late.timePrecision(), late.zone(), late.latitude(), late.longitude(), late.radiusMetres(),
                late.geoPrecision(), null, null, List.of(), late.siteId(), late.category(), null, late.means(),
                late.outcome(), late.claimant(), late.owner(), late.accused());
        assertThat(rebuilt.add(another)).isEqualTo(oneByOne.add(another));
        assertThat(incidents(rebuilt)).isEqualTo(incidents(oneByOne));
    }

    @Test
    void aRebuildOfNothingOrOfClaimsYearsApartStillWorks() {
        Correlation empty = Correlation.rebuild(List.of(), List.of(), r -> r);
        assertThat(empty.size()).isZero();
        empty.add(sudzha("rep_01", "RU", "UA", "2025-03-21"));
        assertThat(incidents(empty)).isEqualTo(Map.of("inc_01", Set.of("rep_01")));
        // days far apart share the rebuild's buckets of days: links are still found
        List<ClaimFacts> claims = List.of(sudzha("rep_01", "RU", "UA", "1990-01-01"), sudzha("rep_02", "UA", "RU", "2025-03-21"),
                sudzha("rep_03", "RU", "UA", "2025-03-21"), sudzha("rep_04", "RU", "UA", "2190-06-30"));
        assertThat(incidents(Correlation.rebuild(claims, List.of(), r -> r))).isEqualTo(Map.of("inc_01", Set.of("rep_01"),
                "inc_02", Set.of("rep_02", "rep_03"), "inc_04", Set.of("rep_04")));
    }

    /** Random claims crowded into a small area and a few weeks, so that many link and chain. */
    static List<ClaimFacts> randomClaims(Random random, int count) {
        List<ClaimFacts> claims = new ArrayList<>();
        Category[] categories = {Category.SUBSTATION, Category.OIL_DEPOT, null};
        for (int i = 0; i < count; i++) {
            String id = String.format("rep_%04d", i);
            GeoPrecision geo = GeoPrecision.values()[random.nextInt(3)];
            TimePrecision precision = TimePrecision.values()[random.nextInt(10) < 7 ? random.nextInt(2) : 2 + random.nextInt(2)];
            ReportTime when = precision == TimePrecision.EXACT
                    ? ReportTime.exact(Instant.parse("2025-03-18T00:00:00Z").plusSeconds(random.nextInt(40 * 86_400)))
                    : ReportTime.local(LocalDate.of(2025, 3, 18).plusDays(random.nextInt(40)), precision, ZoneId.of("Europe/Kyiv"));
            claims.add(Claims.at(id, 50 + random.nextDouble() * 0.8, 30 + random.nextDouble() * 1.2, geo, when,
                    categories[random.nextInt(categories.length)], random.nextBoolean() ? "UA" : "RU", null));
        }
        return claims;
    }

    static Map<String, Set<String>> incidents(Correlation c) {
        Map<String, Set<String>> result = new TreeMap<>();
        for (String id : c.incidentIds()) {
            Set<String> reports = new TreeSet<>();
            c.group(id).orElseThrow().claims().forEach(claim -> reports.add(claim.reportId()));
            result.put(id, reports);
        }
        return result;
    }
}
