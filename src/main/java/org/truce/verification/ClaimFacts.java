package org.truce.verification;

import org.truce.reports.GeoPrecision;
import org.truce.reports.Outcome;
import org.truce.reports.Report;
import org.truce.reports.TimePrecision;
import org.truce.shared.Category;
import org.truce.shared.Means;

import java.time.Instant;
import java.util.List;

/**
 * What the engine keeps of one accepted report: the facts correlation and determinations read,
 * nothing else (the report itself stays in the reports' store).
 *
 * @param rootId    the first report of its correction chain: a correction takes its place under the
 *                  same root, so monitors' decisions and incident ids survive corrections
 * @param openedAt  when the root report was accepted
 * @param latitude  NaN when the report has no point
 * @param radiusMetres the point's uncertainty (0 without a point)
 * @param siteCategory the category of the named site, when it names one the engine knows
 * @param claimant  party code, {@code monitor} or {@code open_source}
 * @param owner     the submitting party (who may always read it), or null
 */
public record ClaimFacts(String reportId, String rootId, String supersedes, Instant openedAt, Instant earliest,
                         Instant latest, TimePrecision timePrecision, String zone, double latitude, double longitude,
                         double radiusMetres, GeoPrecision geoPrecision, String regionId, String country,
                         List<String> regions, String siteId, Category category, Category siteCategory, Means means,
                         Outcome outcome, String claimant, String owner, String accused) {

    public boolean located() {
        return !Double.isNaN(latitude);
    }

    /** The facility type the claim puts forward: its named site's, else the claimed category. */
    public Category targetCategory() {
        return siteCategory != null ? siteCategory : category;
    }

    public static ClaimFacts of(Report report, String rootId, Instant openedAt, Category siteCategory) {
        var where = report.where();
        String claimant = switch (report.source().kind()) {
            case PARTY -> report.source().party();
            case MONITOR -> "monitor";
            case OPEN_SOURCE -> "open_source";
        };
        return new ClaimFacts(report.id(), rootId, report.supersedes(), openedAt, report.when().earliest(),
                report.when().latest(), report.when().precision(), report.when().zone(),
                where == null ? Double.NaN : where.latitude(), where == null ? Double.NaN : where.longitude(),
                where == null ? 0 : where.uncertaintyMetres(), where == null ? null : where.precision(),
                where == null ? null : where.regionId(), where == null ? null : where.country(), report.regions(),
                report.target().siteId(), report.target().category(), siteCategory, report.means(),
                report.outcome(), claimant, report.owner(), report.allegedPerpetrator());
    }
}
