package org.truce.verification;

import org.truce.geo.Geodesy;
import org.truce.reports.TimePrecision;
import org.truce.shared.Category;

import java.time.Duration;

/**
 * When two claims describe the same event: the correlation's one rule, symmetric, so that the
 * incidents (the connected groups of linked claims) do not depend on the order claims arrive in.
 *
 * <ul>
 *   <li>target: not two different named sites, and not two different facility types (an unknown
 *       type is compatible with any);</li>
 *   <li>time: the claims' intervals are at most the looser claim's tolerance apart
 *       ({@link #toleranceOf}: 3 h for an instant, 6 h for a day, 1 day for a week, 2 days for a month);</li>
 *   <li>place: the same named site, or both located and their uncertainty circles meet (distance at
 *       most the sum of the radii: 2 km for a site, 10 km a town, 35 km a district, 150 km a region,
 *       unless the report gives its own). A claim with no point links only through a named site.</li>
 * </ul>
 */
public final class Linking {

    private Linking() {
    }

    public static Duration toleranceOf(TimePrecision precision) {
        return switch (precision) {
            case EXACT -> Duration.ofHours(3);
            case DAY -> Duration.ofHours(6);
            case WEEK -> Duration.ofDays(1);
            case MONTH -> Duration.ofDays(2);
        };
    }

    private static final long[] TOLERANCE_MILLIS = {3 * 3_600_000L, 6 * 3_600_000L, 86_400_000L, 2 * 86_400_000L};

    /** {@link #toleranceOf} in milliseconds, without allocating. */
    public static long toleranceMillis(TimePrecision precision) {
        return TOLERANCE_MILLIS[precision.ordinal()];
    }

    /** The largest tolerance, for indexes that must not miss a link. */
    public static final Duration MAX_TOLERANCE = Duration.ofDays(2);

    public static boolean linked(ClaimFacts a, ClaimFacts b) {
        return timesCompatible(a, b) && targetsCompatible(a, b) && placesCompatible(a, b);
    }

    public static boolean targetsCompatible(ClaimFacts a, ClaimFacts b) {
        if (a.siteId() != null && b.siteId() != null && !a.siteId().equals(b.siteId())) {
            return false;
        }
        Category ca = a.targetCategory();
        Category cb = b.targetCategory();
        return ca == null || cb == null || ca == cb;
    }

    public static boolean timesCompatible(ClaimFacts a, ClaimFacts b) {
        return timesMeet(a.earliest().toEpochMilli(), a.latest().toEpochMilli(), toleranceMillis(a.timePrecision()),
                b.earliest().toEpochMilli(), b.latest().toEpochMilli(), toleranceMillis(b.timePrecision()));
    }

    /** {@link #timesCompatible} on epoch milliseconds, for {@link ClaimColumns}. */
    static boolean timesMeet(long earliestA, long latestA, long toleranceA, long earliestB, long latestB, long toleranceB) {
        long tolerance = Math.max(toleranceA, toleranceB);
        long gap = Math.max(earliestA, earliestB) - Math.min(latestA, latestB);
        return gap <= tolerance;
    }

    public static boolean placesCompatible(ClaimFacts a, ClaimFacts b) {
        if (a.siteId() != null && a.siteId().equals(b.siteId())) {
            return true;
        }
        if (!a.located() || !b.located()) {
            return false;
        }
        return circlesMeet(a.latitude(), a.longitude(), a.radiusMetres(), b.latitude(), b.longitude(), b.radiusMetres());
    }

    /** Whether two uncertainty circles meet: distance at most the sum of the radii. */
    static boolean circlesMeet(double latA, double lonA, double radiusA, double latB, double lonB, double radiusB) {
        double reach = radiusA + radiusB;
        // the difference in latitude alone is a lower bound of the distance on the sphere: most
        // candidates from the index are rejected here, without the haversine's arcsine
        double dLat = Math.toRadians(Math.abs(latA - latB)) * Geodesy.EARTH_RADIUS_METRES;
        if (dLat > reach * (1 + 1e-9) + 1e-6) {
            return false;
        }
        // the haversine's inner term against the reach's, without the arcsine; exact only near the edge
        double phi1 = Math.toRadians(latA);
        double phi2 = Math.toRadians(latB);
        double sinDPhi = Math.sin((phi2 - phi1) / 2);
        double sinDLambda = Math.sin(Math.toRadians(lonB - lonA) / 2);
        double h = sinDPhi * sinDPhi + Math.cos(phi1) * Math.cos(phi2) * sinDLambda * sinDLambda;
        double sinReach = Math.sin(Math.min(Math.PI / 2, reach / (2 * Geodesy.EARTH_RADIUS_METRES)));
        double threshold = sinReach * sinReach;
        if (h > threshold * (1 + 1e-6)) {
            return false;
        }
        if (h < threshold * (1 - 1e-6)) {
            return true;
        }
        return Geodesy.distanceMetres(latA, lonA, latB, lonB) <= reach;
    }
}
