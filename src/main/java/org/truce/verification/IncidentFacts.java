package org.truce.verification;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One incident as the engine holds it, unfiltered: for other features' internal use only (never
 * shown to a reader as it is; {@link Incidents#get} and {@link Incidents#list} filter it).
 *
 * @param id           {@code inc_…}, stable: an incident keeps its id as reports join it; on a merge
 *                     the older id survives; on a split the part with the oldest report keeps it
 * @param reportIds    its claims (a superseded report is replaced by its correction), oldest first
 * @param earliest     when it may have happened, from (union of the claims' intervals)
 * @param latest       … to (exclusive unless equal to earliest)
 * @param latitude     representative point (of its most precise located claim), null when no claim has a location
 * @param longitude    idem
 * @param regionId     the shipped first-level region of that point ({@code RU-KRS}), or null
 * @param claimants    party codes, {@code monitor} or {@code open_source} that made its claims
 * @param accused      party codes the claims allege as perpetrator
 * @param verdict      the strongest verdict over its determinations (potential_violation &gt;
 *                     undetermined &gt; not_covered); not_covered when no agreement could apply
 * @param agreementIds agreements with a determination
 * @param siteOwner    owner party of the matched protected site, or null (the victim side)
 * @param openedAt     when the incident was first formed (its oldest claim's acceptance), for "oldest first"
 */
public record IncidentFacts(String id, List<String> reportIds, Instant earliest, Instant latest, Double latitude,
                            Double longitude, String regionId, List<String> claimants, Set<String> accused,
                            Verdict verdict, Set<String> agreementIds, String siteOwner, Instant openedAt) {

    public static final String ID_PREFIX = "inc";

    public IncidentFacts {
        reportIds = List.copyOf(reportIds);
        claimants = List.copyOf(claimants);
        accused = Set.copyOf(accused);
        agreementIds = Set.copyOf(agreementIds);
    }
}
