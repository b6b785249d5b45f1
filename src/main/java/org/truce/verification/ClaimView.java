package org.truce.verification;

import java.time.Instant;

/**
 * One claim of an incident as a reader may see it (only claims the reader may read are listed).
 *
 * @param reportId      {@code rep_…}
 * @param claimant      party code, {@code monitor} or {@code open_source}
 * @param sourceName    who exactly, or null
 * @param earliest      when the event may have happened, from
 * @param latest        … to
 * @param timePrecision exact, day, week or month
 * @param latitude      the claim's point, or null
 * @param longitude     idem
 * @param geoPrecision  site, town, district, region, or null
 * @param uncertaintyMetres the radius, or null
 * @param place         the place as named, or null
 * @param category      the facility type claimed (taxonomy code), or null
 * @param siteId        the protected site the claim names, only when the reader may see it
 * @param means         means code
 * @param outcome       hit, repelled or debris
 * @param allegedPerpetrator the accused party, or null
 * @param supersedes    the report this claim corrects, or null
 * @param externalRef   the source's own reference (a claim id), or null
 * @param ledgerSeq     the claim's {@code report.submitted} ledger entry, or null when not known yet
 */
public record ClaimView(String reportId, String claimant, String sourceName, Instant earliest, Instant latest,
                        String timePrecision, Double latitude, Double longitude, String geoPrecision,
                        Double uncertaintyMetres, String place, String category, String siteId, String means,
                        String outcome, String allegedPerpetrator, String supersedes, String externalRef,
                        Long ledgerSeq) {
}
