package org.truce.verification;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.truce.agreement.ExtensionRule;
import org.truce.agreement.GeographicScope;
import org.truce.agreement.SignedVersion;
import org.truce.agreement.Terms;
import org.truce.geo.GeoJson;
import org.truce.geo.Geodesy;
import org.truce.geo.Regions;
import org.truce.reports.GeoPrecision;
import org.truce.reports.Outcome;
import org.truce.reports.ReportTime;
import org.truce.reports.TimePrecision;
import org.truce.shared.Category;
import org.truce.shared.Means;
import org.truce.shared.Role;
import org.truce.sites.Actor;
import org.truce.sites.Nomination;
import org.truce.sites.SiteEvent;
import org.truce.sites.SiteIndex;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Determinations on hand-built cases: the window's edges at each precision, the radius, a line, a region's edge. */
class DeterminationsTest {

    private static final Regions REGIONS = Regions.shipped();
    /** The demo's window: 30 days from 18 March 2025 00:00 Moscow time. */
    private static final Instant FROM = Instant.parse("2025-03-17T21:00:00Z");
    private static final Instant UNTIL = Instant.parse("2025-04-16T21:00:00Z");

    private static SignedVersion version(Map<String, GeographicScope> scope, boolean repelledCount) {
        Terms terms = new Terms("test moratorium", List.of("UA", "RU"), "mediator", FROM, "Europe/Moscow", UNTIL, null,
                ExtensionRule.values()[0], EnumSet.of(Category.SUBSTATION, Category.POWER_PLANT, Category.TRANSMISSION_LINE),
                Set.of(), scope, EnumSet.of(Means.MISSILE, Means.DRONE), repelledCount, false, List.of(), List.of(), List.of(),
                List.of(), List.of());
        return new SignedVersion("agr_test", 1, List.of("UA", "RU"), terms, FROM, FROM, UNTIL, null, FROM, UNTIL);
    }

    private static final SignedVersion BOTH = version(Map.of("UA", new GeographicScope(List.of("UA"), List.of()),
            "RU", new GeographicScope(List.of("RU"), List.of())), true);

    private static SiteIndex sites(Geometry... geometries) {
        SiteIndex index = new SiteIndex();
        List<SiteEvent.Sequenced> events = new java.util.ArrayList<>();
        for (int i = 0; i < geometries.length; i++) {
            Category category = geometries[i].getDimension() == 1 ? Category.TRANSMISSION_LINE : Category.SUBSTATION;
            events.add(new SiteEvent.Sequenced(i, new Nomination("site_t" + i, "site " + i, category, null,
                    GeoJson.write(geometries[i]).toString(), "UA", "UA", null, "test", null, false, null,
                    new Actor("system", Role.MEDIATOR, null), FROM)));
        }
        index.rebuild(events);
        return index;
    }

    private static Determination determine(SiteIndex sites, SignedVersion version, ClaimFacts... claims) {
        return new Determinations(sites, new Scopes(REGIONS)).determine(List.of(claims), Optional.empty(), version);
    }

    private static Step step(Determination d, String test) {
        return d.steps().stream().filter(s -> s.test().equals(test)).findFirst().orElseThrow();
    }

    private static ClaimFacts kyiv(ReportTime when) {
        return Claims.at("rep_a", 50.45, 30.52, GeoPrecision.TOWN, when, Category.SUBSTATION, "UA", "RU");
    }

    // ---------------------------------------------------------------- time

    @ParameterizedTest(name = "{0} {1} in {2}: {3}")
    @CsvSource({
            // an instant: the window includes its start and excludes its end
            "exact, 2025-03-17T21:00:00Z, , inside",
            "exact, 2025-03-17T20:59:59.999Z, , before_window",
            "exact, 2025-04-16T20:59:59.999Z, , inside",
            "exact, 2025-04-16T21:00:00Z, , after_window",
            // a day: the night of 17 to 18 March in Kyiv (UTC+2) straddles 00:00 Moscow
            "day, 2025-03-17, Europe/Kyiv, undecidable",
            "day, 2025-03-18, Europe/Moscow, inside",
            "day, 2025-03-17, Europe/Moscow, before_window",
            "day, 2025-03-18, Europe/Kyiv, inside",
            "day, 2025-04-16, Europe/Kyiv, inside",
            "day, 2025-04-16, Europe/Samara, inside",
            "day, 2025-04-16, Europe/London, undecidable",
            "day, 2025-04-17, Europe/Moscow, after_window",
            // a week: centred on the date
            "week, 2025-03-18, Europe/Moscow, undecidable",
            "week, 2025-03-21, Europe/Moscow, inside",
            "week, 2025-03-13, Europe/Moscow, before_window",
            "week, 2025-04-20, Europe/Moscow, after_window",
            // a month
            "month, 2025-03-10, Europe/Moscow, undecidable",
            "month, 2025-04-02, Europe/Moscow, undecidable",
            "month, 2025-02-10, Europe/Moscow, before_window",
            "month, 2025-05-01, Europe/Moscow, after_window",
    })
    void theTimeStepAtEachPrecision(String precision, String value, String zone, String outcome) {
        ReportTime when = precision.equals("exact") ? Claims.exact(value)
                : ReportTime.local(LocalDate.parse(value), TimePrecision.byCode(precision).orElseThrow(), ZoneId.of(zone));
        Determination d = determine(sites(), BOTH, kyiv(when));
        assertThat(step(d, Step.TIME).outcome()).isEqualTo(outcome);
        switch (outcome) {
            case "inside" -> assertThat(d.verdict()).isEqualTo(Verdict.POTENTIAL_VIOLATION);
            case "undecidable" -> assertThat(d.reason()).isEqualTo("time_undecidable");
            default -> assertThat(d.verdict().code() + ": " + d.reason()).isEqualTo("not_covered: " + outcome);
        }
    }

    @Test
    void claimsOfOneEventAreReadAtTheirCommonIntervalSoAPreciseClaimDecidesForADayClaim() {
        ClaimFacts night = kyiv(Claims.day("2025-03-17", "Europe/Kyiv"));
        ClaimFacts minute = Claims.at("rep_b", 50.45, 30.52, GeoPrecision.SITE, Claims.exact("2025-03-17T21:30:00Z"),
                Category.SUBSTATION, "monitor", null);
        assertThat(step(determine(sites(), BOTH, night), Step.TIME).outcome()).isEqualTo("undecidable");
        assertThat(step(determine(sites(), BOTH, night, minute), Step.TIME).outcome()).isEqualTo("inside");
    }

    // ---------------------------------------------------------------- target

    @Test
    void aSiteExactlyAtTheRadiusIsMatchedAndOneMetreFurtherIsNot() {
        double lat = 50.0;
        double lon = 30.0;
        Geometry site = GeoJson.point(lon, lat + 0.015);
        double distance = Geodesy.distanceMetres(lat, lon, lat + 0.015, lon);
        ClaimFacts claim = Claims.at("rep_a", lat, lon, GeoPrecision.SITE, Claims.day("2025-03-20", "Europe/Kyiv"), null,
                "UA", "RU");
        Determination at = determine(sites(site), BOTH, Claims.withRadius(claim, distance));
        assertThat(step(at, Step.TARGET).outcome()).isEqualTo("protected");
        assertThat((List<?>) step(at, Step.TARGET).facts().get("sites")).hasSize(1);
        Determination beyond = determine(sites(site), BOTH, Claims.withRadius(claim, distance - 1));
        assertThat(step(beyond, Step.TARGET).outcome()).isEqualTo("undetermined");
        assertThat(beyond.reason()).isEqualTo("target_unknown");
    }

    @Test
    void aLineSitePassingWithinTheRadiusIsMatchedThoughItsVerticesAreFar() {
        // a power line running east-west 1.5 km north of the claim, its ends 20 km away
        Geometry line = GeoJson.FACTORY.createLineString(new Coordinate[] {
                new Coordinate(29.7, 50.0135), new Coordinate(30.3, 50.0135)});
        ClaimFacts claim = Claims.at("rep_a", 50.0, 30.0, GeoPrecision.SITE, Claims.day("2025-03-20", "Europe/Kyiv"), null,
                "UA", "RU");
        Determination d = determine(sites(line), BOTH, claim);
        assertThat(step(d, Step.TARGET).outcome()).isEqualTo("protected");
        @SuppressWarnings("unchecked")
        Map<String, Object> matched = ((List<Map<String, Object>>) step(d, Step.TARGET).facts().get("sites")).get(0);
        assertThat(matched.get("category")).isEqualTo("transmission_line");
        assertThat((Double) matched.get("distanceMetres")).isBetween(1400.0, 1600.0);
        assertThat(step(determine(sites(line), BOTH, Claims.withRadius(claim, 1000)), Step.TARGET).outcome())
                .isEqualTo("undetermined");
    }

    @Test
    void aReportedFacilityTypeDecidesWhenNoSiteMatchesAndAnUnprotectedOneIsNotCovered() {
        ClaimFacts metering = Claims.at("rep_a", 51.19, 35.27, GeoPrecision.SITE, Claims.day("2025-03-28", "Europe/Moscow"),
                Category.GAS_METERING, "RU", "UA");
        Determination d = determine(sites(), BOTH, metering);
        assertThat(step(d, Step.TARGET).outcome()).isEqualTo("not_protected");
        assertThat(d.verdict().code() + ": " + d.reason()).isEqualTo("not_covered: category_not_protected");
    }

    @Test
    void aMonitorsReadingThatTheTargetIsNotEnergyInfrastructureMakesItNotCovered() {
        ClaimFacts airfield = Claims.at("rep_a", 51.48, 46.21, GeoPrecision.SITE, Claims.day("2025-03-20", "Europe/Saratov"),
                null, "RU", "UA");
        var classification = Optional.of(new IncidentDecision.TargetClassified(7, "inc_a", List.of("rep_a"), false, "an airbase"));
        Determination d = new Determinations(sites(), new Scopes(REGIONS)).determine(List.of(airfield), classification, BOTH);
        assertThat(d.verdict().code() + ": " + d.reason()).isEqualTo("not_covered: not_energy_infrastructure");
        assertThat(step(d, Step.TARGET).facts()).containsEntry("classificationReason", "an airbase");
        Determination unknown = determine(sites(), BOTH, airfield);
        assertThat(unknown.verdict().code() + ": " + unknown.reason()).isEqualTo("undetermined: target_unknown");
    }

    // ---------------------------------------------------------------- place

    @Test
    void aPointOnTheScopesEdgeIsInsideAndJustOutsideIsNotCovered() {
        var polygon = JsonMapper.builder().build().readTree(
                "{\"type\":\"Polygon\",\"coordinates\":[[[30,50],[31,50],[31,51],[30,51],[30,50]]]}");
        SignedVersion square = version(Map.of("UA", new GeographicScope(List.of(), List.of(polygon))), true);
        ClaimFacts onEdge = Claims.at("rep_a", 50.0, 30.5, GeoPrecision.SITE, Claims.day("2025-03-20", "Europe/Kyiv"),
                Category.SUBSTATION, "UA", "RU");
        ClaimFacts outside = Claims.at("rep_b", 49.9999, 30.5, GeoPrecision.SITE, Claims.day("2025-03-20", "Europe/Kyiv"),
                Category.SUBSTATION, "UA", "RU");
        ClaimFacts inside = Claims.at("rep_c", 50.5, 30.5, GeoPrecision.SITE, Claims.day("2025-03-20", "Europe/Kyiv"),
                Category.SUBSTATION, "UA", "RU");
        assertThat(step(determine(sites(), square, onEdge), Step.PLACE).outcome()).isEqualTo("inside");
        assertThat(determine(sites(), square, inside).verdict()).isEqualTo(Verdict.POTENTIAL_VIOLATION);
        Determination out = determine(sites(), square, outside);
        assertThat(step(out, Step.PLACE).outcome()).isEqualTo("outside");
        assertThat(out.verdict().code() + ": " + out.reason()).isEqualTo("not_covered: outside_scope");
        // a region-wide claim centred inside reaches across the edge, and says so
        ClaimFacts region = Claims.at("rep_d", 50.5, 30.5, GeoPrecision.REGION, Claims.day("2025-03-20", "Europe/Kyiv"),
                Category.SUBSTATION, "UA", "RU");
        assertThat(step(determine(sites(), square, region), Step.PLACE).facts()).containsEntry("uncertaintyCrossesScopeEdge", true);
    }

    @Test
    void aClaimWithNoLocationIsUndeterminedForWantOfALocation() {
        ClaimFacts aggregate = Claims.unlocated("rep_a", Claims.day("2025-04-05", "Europe/Moscow"),
                List.of("RU-BRY", "RU-BEL"));
        Determination d = determine(sites(), BOTH, aggregate);
        assertThat(d.verdict().code() + ": " + d.reason()).isEqualTo("undetermined: no_location");
        assertThat(step(d, Step.PLACE).facts().get("regionsInScope")).isEqualTo(List.of("RU-BEL", "RU-BRY"));
    }

    // ---------------------------------------------------------------- means and outcome

    @Test
    void aRepelledAttemptCountsOnlyWhereTheTermsSaySoAndAnUnknownMeansLeavesItUndetermined() {
        ClaimFacts repelled = Claims.with(kyiv(Claims.day("2025-03-20", "Europe/Kyiv")), Means.DRONE, Outcome.REPELLED);
        assertThat(determine(sites(), BOTH, repelled).verdict()).isEqualTo(Verdict.POTENTIAL_VIOLATION);
        SignedVersion notCounted = version(BOTH.terms().geographicScope(), false);
        Determination d = determine(sites(), notCounted, repelled);
        assertThat(d.verdict().code() + ": " + d.reason()).isEqualTo("not_covered: repelled_not_counted");
        ClaimFacts unknown = Claims.with(kyiv(Claims.day("2025-03-20", "Europe/Kyiv")), Means.UNKNOWN, Outcome.HIT);
        assertThat(determine(sites(), BOTH, unknown).reason()).isEqualTo("means_unknown");
        ClaimFacts sabotage = Claims.with(kyiv(Claims.day("2025-03-20", "Europe/Kyiv")), Means.SABOTAGE, Outcome.HIT);
        assertThat(determine(sites(), BOTH, sabotage).reason()).isEqualTo("means_not_prohibited");
    }

    @Test
    void aFailedTestOutranksAMissingFact() {
        ClaimFacts late = Claims.with(kyiv(Claims.day("2025-04-23", "Europe/Kyiv")), Means.UNKNOWN, Outcome.HIT);
        Determination d = determine(sites(), BOTH, late);
        assertThat(d.verdict().code() + ": " + d.reason()).isEqualTo("not_covered: after_window");
        assertThat(step(d, Step.VERDICT).facts().get("missing")).isEqualTo(List.of("means_unknown"));
    }
}
