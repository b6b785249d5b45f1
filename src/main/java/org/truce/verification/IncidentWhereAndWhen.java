package org.truce.verification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.truce.reports.TimePrecision;

/**
 * Where and when an incident is read, from its claims: the place of its most precise claim and
 * the interval the claims agree on. The determinations test these; the incident views show them.
 */
final class IncidentWhereAndWhen {

    private IncidentWhereAndWhen() {
    }

    /** The place the incident is read at: its most precise located claim (the oldest among equals). */
    static Optional<ClaimFacts> representative(List<ClaimFacts> claims) {
        ClaimFacts best = null;
        for (ClaimFacts c : claims) {
            if (c.located() && (best == null || c.radiusMetres() < best.radiusMetres()
                    || (c.radiusMetres() == best.radiusMetres() && c.rootId().compareTo(best.rootId()) < 0))) {
                best = c;
            }
        }
        return Optional.ofNullable(best);
    }

    /** When the event may have happened: the claims' common interval, or their union when they disagree. */
    record When(Instant earliest, Instant latest, boolean exact, TimePrecision finest, String zone) {
    }

    static When when(List<ClaimFacts> claims) {
        Instant e = null;
        Instant l = null;
        Instant minE = null;
        Instant maxL = null;
        TimePrecision finest = null;
        String zone = null;
        boolean anyExactAtCommon = false;
        for (ClaimFacts c : claims) {
            e = e == null || c.earliest().isAfter(e) ? c.earliest() : e;
            l = l == null || c.latest().isBefore(l) ? c.latest() : l;
            minE = minE == null || c.earliest().isBefore(minE) ? c.earliest() : minE;
            maxL = maxL == null || c.latest().isAfter(maxL) ? c.latest() : maxL;
            if (finest == null || c.timePrecision().ordinal() < finest.ordinal()) {
                finest = c.timePrecision();
                zone = c.zone();
            }
        }
        for (ClaimFacts c : claims) {
            if (c.timePrecision() == TimePrecision.EXACT && c.earliest().equals(e)) {
                anyExactAtCommon = true;
            }
        }
        if (e.isBefore(l) || (e.equals(l) && anyExactAtCommon)) {
            return new When(e, l, e.equals(l), finest, zone);
        }
        return new When(minE, maxL, false, finest, zone);
    }
}
