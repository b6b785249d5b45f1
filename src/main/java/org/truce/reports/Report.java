package org.truce.reports;

import java.time.Instant;
import java.util.List;

import org.truce.shared.Means;

/**
 * One source's claim, accepted: immutable once stored (a correction is a new report that
 * {@code supersedes} it). This record is also what the ledger entry {@code report.submitted}
 * commits to.
 *
 * @param id                 {@code rep_…}
 * @param submittedAt        when it was accepted (the commit's time)
 * @param submittedBy        the submitting account's id
 * @param submitterRole      party, monitor or mediator
 * @param owner              the submitting party, who may always read it; null for a report
 *                           submitted by a monitor or the mediator
 * @param source             who claims it (a party, the monitor, an open source)
 * @param when               the time as an interval
 * @param place              the place as named, or null
 * @param where              the point with its uncertainty, or null
 * @param regions            the first-level regions concerned
 * @param target             what was hit
 * @param means              by what means
 * @param outcome            hit, repelled or debris
 * @param allegedPerpetrator the party the claim accuses ({@code UA}, {@code RU}), or null
 * @param damage             the claimed damage, in words, or null
 * @param casualties         the claimed casualties
 * @param evidence           SHA-256 of the evidence files, in the order given
 * @param supersedes         the report this one corrects, or null
 * @param externalRef        the source's own reference (e.g. a claim id), or null
 */
public record Report(String id, Instant submittedAt, String submittedBy, String submitterRole, String owner,
                     ReportSource source, ReportTime when, String place, ReportLocation where, List<String> regions,
                     Target target, Means means, Outcome outcome, String allegedPerpetrator, String damage,
                     Casualties casualties, List<String> evidence, String supersedes, String externalRef) {

    public static final String SUBMITTED = "report.submitted";
    public static final String ID_PREFIX = "rep";

    public Report {
        regions = regions == null ? List.of() : List.copyOf(regions);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    public static Report accept(String id, Instant submittedAt, String submittedBy, String submitterRole, String owner,
                                Claim claim) {
        return new Report(id, submittedAt, submittedBy, submitterRole, owner, claim.source(), claim.when(),
                claim.place(), claim.where(), claim.regions(), claim.target(), claim.means(), claim.outcome(),
                claim.allegedPerpetrator(), claim.damage(), claim.casualties(), claim.evidence(), claim.supersedes(),
                claim.externalRef());
    }

    /** The party making the claim, when a party does; null for monitor and open-source reports. */
    public String claimantParty() {
        return source.kind() == SourceKind.PARTY ? source.party() : null;
    }
}
