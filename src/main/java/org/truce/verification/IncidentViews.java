package org.truce.verification;

import org.truce.access.AccessRules;
import org.truce.access.Action;
import org.truce.access.Facts;
import org.truce.access.Kind;
import org.truce.reports.Report;
import org.truce.reports.ReportDisclosure;
import org.truce.shared.Ids;
import org.truce.shared.NotFound;
import org.truce.shared.Role;
import org.truce.shared.Viewer;
import org.truce.sites.SiteIndex;
import org.truce.sites.SiteVisibility;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The incidents as one reader may see them (AccessRules, kind INCIDENT): mediator and monitors read
 * all; a party reads an incident holding one of its own reports, put to it, or published; the
 * public the published ones. A reader's view rests only on the claims it may read, and another
 * party's protected site is shown blind ({@link Blind}) unless the lists are exchanged.
 */
final class IncidentViews {

    private final Incidents incidents;
    private final SiteIndex sites;
    private final Supplier<IncidentAssessments> assessments;
    private final Supplier<ReportDisclosure> disclosure;
    private final SiteVisibility siteVisibility;
    private final Function<String, Optional<Report>> reports;
    private final Function<String, Optional<Long>> reportSeqs;

    IncidentViews(Incidents incidents, SiteIndex sites, Supplier<IncidentAssessments> assessments,
                  Supplier<ReportDisclosure> disclosure, SiteVisibility siteVisibility,
                  Function<String, Optional<Report>> reports, Function<String, Optional<Long>> reportSeqs) {
        this.incidents = incidents;
        this.sites = sites;
        this.assessments = assessments;
        this.disclosure = disclosure;
        this.siteVisibility = siteVisibility;
        this.reports = reports;
        this.reportSeqs = reportSeqs;
    }

    boolean mayRead(Viewer viewer, String incidentId) {
        IncidentFacts incident = incidents.factsOf(incidentId);
        return incident != null && AccessRules.allows(viewer, Kind.INCIDENT, Action.READ, accessFacts(viewer, incident));
    }

    private Facts accessFacts(Viewer viewer, IncidentFacts incident) {
        IncidentAssessments a = assessments.get();
        String own = null;
        if (viewer.party() != null) {
            for (ClaimFacts claim : incidents.claimsOf(incident.id())) {
                if (viewer.party().equals(claim.owner())) {
                    own = viewer.party();
                    break;
                }
            }
        }
        return Facts.ownedBy(own).sharedWith(a.putTo(incident.id())).published(a.published(incident.id()));
    }

    IncidentView get(Viewer viewer, String id) {
        if (!Ids.isWellFormed(id, IncidentFacts.ID_PREFIX) || !mayRead(viewer, id)) {
            throw new NotFound("incident", id);
        }
        List<ClaimFacts> all = incidents.claimsOf(id);
        List<ClaimFacts> readable = readable(viewer, all);
        IncidentFacts incident = incidents.factsOf(id);
        if (incident == null) {
            throw new NotFound("incident", id);
        }
        IncidentAssessments a = assessments.get();
        SiteVisibility.Filter sitesSeen = siteVisibility.forViewer(viewer);
        List<Determination> shown = readable.isEmpty() ? List.of()
                : Blind.apply(readable.size() == all.size() ? incidents.determine(all) : incidents.determine(readable), viewer, siteVisibility);
        Verdict verdict = readable.size() == all.size() ? incident.verdict() : Incidents.strongest(shown);
        List<ClaimView> claims = new ArrayList<>();
        List<Long> seqs = new ArrayList<>();
        for (ClaimFacts c : readable) {
            Long seq = reportSeqs.apply(c.reportId()).orElse(null);
            String siteId = c.siteId() != null && sites.site(c.siteId()).map(sitesSeen::sees).orElse(false) ? c.siteId() : null;
            Report report = reports.apply(c.reportId()).orElse(null);
            claims.add(new ClaimView(c.reportId(), c.claimant(), report == null ? null : report.source().name(),
                    c.earliest(), c.latest(), c.timePrecision().code(), c.located() ? c.latitude() : null,
                    c.located() ? c.longitude() : null, c.geoPrecision() == null ? null : c.geoPrecision().code(),
                    c.located() ? c.radiusMetres() : null, report == null ? null : report.place(),
                    c.category() == null ? null : c.category().code(), siteId, c.means().code(),
                    c.outcome() == null ? null : c.outcome().code(), c.accused(), c.supersedes(),
                    report == null ? null : report.externalRef(), seq));
            if (seq != null) {
                seqs.add(seq);
            }
        }
        if (viewer.is(Role.MEDIATOR) || viewer.is(Role.MONITOR)) {
            seqs.addAll(incidents.decisionSeqsOf(all));
        }
        Summary s = summary(readable);
        return new IncidentView(id, verdict, a.grade(id, viewer).orElse(null), s.earliest, s.latest, s.latitude,
                s.longitude, s.regionId, s.claimants, s.accused, incident.openedAt(), claims, shown,
                a.assessments(id, viewer), a.replies(id, viewer), seqs.stream().distinct().sorted().toList());
    }

    IncidentList list(Viewer viewer, IncidentQuery query) {
        IncidentAssessments a = assessments.get();
        boolean seesAll = viewer.is(Role.MEDIATOR) || viewer.is(Role.MONITOR);
        List<IncidentSummary> matches = new ArrayList<>();
        for (IncidentFacts incident : incidents.ordered()) {
            if (!seesAll && !mayRead(viewer, incident.id())) {
                continue;
            }
            if (query.party() != null && !incident.claimants().contains(query.party())
                    && !incident.accused().contains(query.party())) {
                continue;
            }
            IncidentSummary summary = summaryFor(viewer, incident, a);
            if (summary != null && matches(summary, query, a, viewer)) {
                matches.add(summary);
            }
        }
        int from = Math.min(query.offset(), matches.size());
        int to = Math.min(matches.size(), from + query.limit());
        return new IncidentList(matches.size(), query.offset(), query.limit(), matches.subList(from, to));
    }

    private IncidentSummary summaryFor(Viewer viewer, IncidentFacts incident, IncidentAssessments a) {
        List<ClaimFacts> all = incidents.claimsOf(incident.id());
        List<ClaimFacts> readable = readable(viewer, all);
        if (readable.isEmpty()) {
            return null;
        }
        Verdict verdict;
        Set<String> agreements;
        if (readable.size() == all.size()) {
            verdict = incident.verdict();
            agreements = incident.agreementIds();
        } else {
            List<Determination> ds = incidents.determine(readable);
            verdict = Incidents.strongest(ds);
            agreements = Incidents.agreementIds(ds);
        }
        Summary s = summary(readable);
        // the party filter must not count another party's unshared claims: re-check on the readable part
        return new IncidentSummary(incident.id(), verdict, a.grade(incident.id(), viewer).orElse(null), s.earliest,
                s.latest, s.latitude, s.longitude, s.regionId, s.claimants, s.accused, agreements, readable.size(),
                incident.openedAt());
    }

    private static boolean matches(IncidentSummary s, IncidentQuery q, IncidentAssessments a, Viewer viewer) {
        if (q.party() != null && !s.claimants().contains(q.party()) && !s.accused().contains(q.party())) {
            return false;
        }
        if (q.agreementId() != null && !s.agreementIds().contains(q.agreementId())) {
            return false;
        }
        if (q.verdicts() != null && !q.verdicts().isEmpty() && !q.verdicts().contains(s.verdict())) {
            return false;
        }
        if (q.grades() != null && !q.grades().isEmpty() && (s.grade() == null || !q.grades().contains(s.grade()))) {
            return false;
        }
        if (q.from() != null && s.latest().isBefore(q.from())) {
            return false;
        }
        if (q.to() != null && s.earliest().isAfter(q.to())) {
            return false;
        }
        if (q.bbox() != null) {
            if (s.latitude() == null) {
                return false;
            }
            double[] b = q.bbox();
            boolean lonInside = b[0] <= b[2] ? s.longitude() >= b[0] && s.longitude() <= b[2]
                    : s.longitude() >= b[0] || s.longitude() <= b[2];
            return lonInside && s.latitude() >= b[1] && s.latitude() <= b[3];
        }
        return true;
    }

    /** The claims a viewer may read: its own, shared with it, published; all for monitors and the mediator. */
    private List<ClaimFacts> readable(Viewer viewer, List<ClaimFacts> claims) {
        if (viewer.is(Role.MEDIATOR) || viewer.is(Role.MONITOR)) {
            return claims;
        }
        ReportDisclosure d = disclosure.get();
        List<ClaimFacts> result = new ArrayList<>();
        for (ClaimFacts c : claims) {
            Facts f = Facts.ownedBy(c.owner()).sharedWith(d.sharedWith(c.reportId())).published(d.published(c.reportId()));
            if (AccessRules.allows(viewer, Kind.REPORT, Action.READ, f)) {
                result.add(c);
            }
        }
        return result;
    }

    record Summary(Instant earliest, Instant latest, Double latitude, Double longitude, String regionId,
                           List<String> claimants, Set<String> accused) {
    }

    static Summary summary(List<ClaimFacts> claims) {
        if (claims.isEmpty()) {
            return new Summary(null, null, null, null, null, List.of(), Set.of());
        }
        IncidentWhereAndWhen.When when = IncidentWhereAndWhen.when(claims);
        Optional<ClaimFacts> at = IncidentWhereAndWhen.representative(claims);
        Set<String> claimants = new TreeSet<>();
        Set<String> accused = new TreeSet<>();
        for (ClaimFacts c : claims) {
            claimants.add(c.claimant());
            if (c.accused() != null) {
                accused.add(c.accused());
            }
        }
        return new Summary(when.earliest(), when.latest(), at.map(ClaimFacts::latitude).orElse(null),
                at.map(ClaimFacts::longitude).orElse(null), at.map(ClaimFacts::regionId).orElse(null),
                List.copyOf(claimants), accused);
    }
}
