package org.truce.verification;

import org.truce.reports.GeoPrecision;
import org.truce.reports.Outcome;
import org.truce.reports.ReportTime;
import org.truce.reports.TimePrecision;
import org.truce.shared.Category;
import org.truce.shared.Means;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Hand-built claims for the engine's unit tests. */
final class Claims {

    static final Instant OPENED = Instant.parse("2025-04-20T00:00:00Z");

    private Claims() {
    }

    static ClaimFacts at(String id, double lat, double lon, GeoPrecision precision, ReportTime when, Category category,
                         String claimant, String accused) {
        return new ClaimFacts(id, id, null, OPENED, when.earliest(), when.latest(), when.precision(), when.zone(), lat, lon,
                precision.defaultRadiusMetres(), precision, null, null, List.of(), null, category, null, Means.DRONE,
                Outcome.HIT, claimant, claimant.equals("monitor") ? null : claimant, accused);
    }

    static ReportTime day(String date, String zone) {
        return ReportTime.local(LocalDate.parse(date), TimePrecision.DAY, ZoneId.of(zone));
    }

    static ReportTime exact(String instant) {
        return ReportTime.exact(Instant.parse(instant));
    }

    static ClaimFacts withRadius(ClaimFacts c, double radius) {
        return new ClaimFacts(c.reportId(), c.rootId(), c.supersedes(), c.openedAt(), c.earliest(), c.latest(),
                c.timePrecision(), c.zone(), c.latitude(), c.longitude(), radius, c.geoPrecision(), c.regionId(), c.country(),
                c.regions(), c.siteId(), c.category(), c.siteCategory(), c.means(), c.outcome(), c.claimant(), c.owner(),
                c.accused());
    }

    static ClaimFacts with(ClaimFacts c, Means means, Outcome outcome) {
        return new ClaimFacts(c.reportId(), c.rootId(), c.supersedes(), c.openedAt(), c.earliest(), c.latest(),
                c.timePrecision(), c.zone(), c.latitude(), c.longitude(), c.radiusMetres(), c.geoPrecision(), c.regionId(),
                c.country(), c.regions(), c.siteId(), c.category(), c.siteCategory(), means, outcome, c.claimant(),
                c.owner(), c.accused());
    }

    static ClaimFacts unlocated(String id, ReportTime when, List<String> regions) {
        return new ClaimFacts(id, id, null, OPENED, when.earliest(), when.latest(), when.precision(), when.zone(), Double.NaN,
                Double.NaN, 0, null, null, null, regions, null, null, null, Means.DRONE, Outcome.HIT, "RU", "RU", "UA");
    }
}
