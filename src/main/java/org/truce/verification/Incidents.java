package org.truce.verification;

import org.truce.access.AccessRules;
import org.truce.access.Action;
import org.truce.access.Facts;
import org.truce.access.Kind;
import org.truce.agreement.SignedVersion;
import org.truce.reports.Report;
import org.truce.reports.ReportDisclosure;
import org.truce.shared.Category;
import org.truce.shared.Ids;
import org.truce.shared.InvalidInput;
import org.truce.shared.NotFound;
import org.truce.shared.Recording;
import org.truce.shared.Role;
import org.truce.shared.Viewer;
import org.truce.shared.WritePath;
import org.truce.sites.SiteIndex;
import org.truce.sites.SiteVisibility;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The verification engine's API: the incidents, kept current in memory by following the ledger
 * (reports, monitors' decisions, sites and agreements), read for a viewer, and the monitors'
 * decisions written through the one write path.
 *
 * <p>Visibility (AccessRules, kind INCIDENT): mediator and monitors read all; a party reads an
 * incident holding one of its own reports, put to it, or published; the public published ones.
 * A reader's view rests only on the claims it may read, and another party's protected site is
 * shown blind ({@link Blind}) unless the lists are exchanged.
 */
public class Incidents {

    public static final String SPLIT = "incident.split";
    public static final String MERGED = "incident.merged";
    public static final String TARGET_CLASSIFIED = "incident.target_classified";

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private Correlation correlation = new Correlation();
    private final Map<String, IncidentFacts> facts = new ConcurrentHashMap<>();
    private final Map<String, String> rootOf = new HashMap<>();
    private final Map<String, Instant> openedAt = new HashMap<>();
    private final Map<String, Set<Long>> decisionSeqs = new HashMap<>();

    private final Determinations determinations;
    private final SiteIndex sites;
    private final Supplier<List<SignedVersion>> versions;
    private final Supplier<IncidentAssessments> assessments;
    private final Supplier<ReportDisclosure> disclosure;
    private final SiteVisibility siteVisibility;
    private final Function<String, Optional<Report>> reports;
    private final Function<String, Optional<Long>> reportSeqs;
    private final WritePath writes;
    private final IncidentDecisionStore decisions;
    private final List<IncidentListener> listeners = new CopyOnWriteArrayList<>();
    private final Supplier<List<IncidentListener>> beanListeners;
    private final ExecutorService notifier = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "truce-incident-listeners");
        thread.setDaemon(true);
        return thread;
    });
    private final EngineThread engine = new EngineThread();

    public Incidents(Determinations determinations, SiteIndex sites, Supplier<List<SignedVersion>> versions,
                     Supplier<IncidentAssessments> assessments, Supplier<ReportDisclosure> disclosure,
                     SiteVisibility siteVisibility, Function<String, Optional<Report>> reports,
                     Function<String, Optional<Long>> reportSeqs, WritePath writes, IncidentDecisionStore decisions,
                     Supplier<List<IncidentListener>> beanListeners) {
        this.beanListeners = beanListeners;
        this.determinations = determinations;
        this.sites = sites;
        this.versions = versions;
        this.assessments = assessments;
        this.disclosure = disclosure;
        this.siteVisibility = siteVisibility;
        this.reports = reports;
        this.reportSeqs = reportSeqs;
        this.writes = writes;
        this.decisions = decisions;
    }

    // ================================================================ the engine's own thread

    /**
     * Runs a change from the ledger (new reports, a decision, a changed world) on the engine's own
     * thread, after the changes handed over before it: the write path answers once the write is
     * durable, not once the engine has correlated it. Every read waits for the changes handed over
     * before it began, so a writer reads its own writes.
     */
    public void follow(Runnable change) {
        engine.follow(change);
    }

    /** How many changes from the ledger the engine has yet to apply (0: it reflects every committed entry it was given). */
    public long backlog() {
        return engine.backlog();
    }

    /** Stops the engine's and the listeners' threads (the application context closes). */
    public void close() {
        engine.close();
        notifier.shutdownNow();
    }

    // ================================================================ for other features

    /** One incident, unfiltered: for other features' internal use. */
    public Optional<IncidentFacts> facts(String incidentId) {
        engine.awaitCurrent();
        return Optional.ofNullable(incidentId == null ? null : facts.get(incidentId));
    }

    /** Every incident as it is now, unfiltered, oldest first. */
    public Stream<IncidentFacts> all() {
        engine.awaitCurrent();
        return facts.values().stream().sorted(Comparator.comparing(IncidentFacts::openedAt).thenComparing(IncidentFacts::id));
    }

    /**
     * Listeners are called after every change, on a thread of their own (so they may write), in
     * the order changes happened.
     */
    public void addListener(IncidentListener listener) {
        listeners.add(listener);
    }

    /** The determinations of an incident over all its claims (unfiltered). */
    public List<Determination> determinations(String incidentId) {
        engine.awaitCurrent();
        return group(incidentId).map(g -> determine(g.claims())).orElse(List.of());
    }

    // ================================================================ reading, for a viewer

    public boolean mayRead(Viewer viewer, String incidentId) {
        engine.awaitCurrent();
        return readable(viewer, incidentId);
    }

    private boolean readable(Viewer viewer, String incidentId) {
        IncidentFacts incident = facts.get(incidentId);
        return incident != null && AccessRules.allows(viewer, Kind.INCIDENT, Action.READ, accessFacts(viewer, incident));
    }

    private Facts accessFacts(Viewer viewer, IncidentFacts incident) {
        IncidentAssessments a = assessments.get();
        String own = null;
        if (viewer.party() != null) {
            for (ClaimFacts claim : claimsOf(incident.id())) {
                if (viewer.party().equals(claim.owner())) {
                    own = viewer.party();
                    break;
                }
            }
        }
        return Facts.ownedBy(own).sharedWith(a.putTo(incident.id())).published(a.published(incident.id()));
    }

    public IncidentView get(Viewer viewer, String id) {
        engine.awaitCurrent();
        if (!Ids.isWellFormed(id, IncidentFacts.ID_PREFIX) || !readable(viewer, id)) {
            throw new NotFound("incident", id);
        }
        List<ClaimFacts> all = claimsOf(id);
        List<ClaimFacts> readable = readable(viewer, all);
        IncidentFacts incident = facts.get(id);
        if (incident == null) {
            throw new NotFound("incident", id);
        }
        IncidentAssessments a = assessments.get();
        SiteVisibility.Filter sitesSeen = siteVisibility.forViewer(viewer);
        List<Determination> shown = readable.isEmpty() ? List.of()
                : Blind.apply(readable.size() == all.size() ? determine(all) : determine(readable), viewer, siteVisibility);
        Verdict verdict = readable.size() == all.size() ? incident.verdict() : strongest(shown);
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
            synchronizedRead(() -> {
                for (ClaimFacts c : all) {
                    seqs.addAll(decisionSeqs.getOrDefault(c.rootId(), Set.of()));
                }
                return null;
            });
        }
        Summary s = summary(readable);
        return new IncidentView(id, verdict, a.grade(id, viewer).orElse(null), s.earliest, s.latest, s.latitude,
                s.longitude, s.regionId, s.claimants, s.accused, incident.openedAt(), claims, shown,
                a.assessments(id, viewer), a.replies(id, viewer), seqs.stream().distinct().sorted().toList());
    }

    public IncidentList list(Viewer viewer, IncidentQuery query) {
        engine.awaitCurrent();
        IncidentAssessments a = assessments.get();
        boolean seesAll = viewer.is(Role.MEDIATOR) || viewer.is(Role.MONITOR);
        List<IncidentSummary> matches = new ArrayList<>();
        for (IncidentFacts incident : all().toList()) {
            if (!seesAll && !readable(viewer, incident.id())) {
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
        List<ClaimFacts> all = claimsOf(incident.id());
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
            List<Determination> ds = determine(readable);
            verdict = strongest(ds);
            agreements = agreementIds(ds);
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

    private record Summary(Instant earliest, Instant latest, Double latitude, Double longitude, String regionId,
                           List<String> claimants, Set<String> accused) {
    }

    private static Summary summary(List<ClaimFacts> claims) {
        if (claims.isEmpty()) {
            return new Summary(null, null, null, null, null, List.of(), Set.of());
        }
        Determinations.When when = Determinations.when(claims);
        Optional<ClaimFacts> at = Determinations.representative(claims);
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

    // ================================================================ following the ledger

    /**
     * Start-up: every report and decision, from scratch. Listeners are not told: nothing changed,
     * the instance only learnt what was (a listener that raised alerts would raise them again at
     * every start).
     */
    public void rebuild(Collection<Report> allReports, List<IncidentDecision> allDecisions) {
        lock.writeLock().lock();
        try {
            facts.clear();
            rootOf.clear();
            openedAt.clear();
            decisionSeqs.clear();
            List<Report> ordered = new ArrayList<>(allReports);
            ordered.sort(Comparator.comparing(Report::id));
            List<ClaimFacts> claims = new ArrayList<>(ordered.size());
            for (Report report : ordered) {
                claims.add(claim(report));
            }
            for (IncidentDecision decision : allDecisions) {
                recordDecision(decision);
            }
            correlation = Correlation.rebuild(claims, allDecisions, this::root);
            for (String id : correlation.incidentIds()) {
                refresh(id);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** New accepted reports (idempotent: a report already known changes nothing). */
    public void onReports(List<Report> accepted) {
        List<IncidentFacts> changed;
        lock.writeLock().lock();
        try {
            Set<String> touched = new TreeSet<>();
            Set<String> removed = new TreeSet<>();
            for (Report report : accepted) {
                if (rootOf.containsKey(report.id())) {
                    continue;
                }
                Correlation.Changes changes = correlation.add(claim(report));
                touched.removeAll(changes.removed());
                removed.addAll(changes.removed());
                touched.addAll(changes.changed());
            }
            changed = applyChanges(touched, removed);
        } finally {
            lock.writeLock().unlock();
        }
        notifyListeners(changed);
    }

    /** A monitor's decision, committed (idempotent by its seq). */
    public void onDecision(IncidentDecision decision) {
        List<IncidentFacts> changed;
        lock.writeLock().lock();
        try {
            if (!recordDecision(decision)) {
                return;
            }
            Correlation.Changes changes = correlation.apply(decision, this::root);
            changed = applyChanges(changes.changed(), changes.removed());
        } finally {
            lock.writeLock().unlock();
        }
        notifyListeners(changed);
    }

    /** Sites or agreements changed: every determination is read again. */
    public void refreshAll() {
        List<IncidentFacts> changed = new ArrayList<>();
        lock.writeLock().lock();
        try {
            for (String id : List.copyOf(correlation.incidentIds())) {
                IncidentFacts before = facts.get(id);
                IncidentFacts after = refresh(id);
                if (!after.equals(before)) {
                    changed.add(after);
                }
            }
        } finally {
            lock.writeLock().unlock();
        }
        notifyListeners(changed);
    }

    private boolean recordDecision(IncidentDecision decision) {
        boolean fresh = false;
        for (String report : decision.reports()) {
            fresh |= decisionSeqs.computeIfAbsent(root(report), k -> new TreeSet<>()).add(decision.seq());
        }
        return fresh;
    }

    private List<IncidentFacts> applyChanges(Set<String> changed, Set<String> removed) {
        removed.forEach(facts::remove);
        List<IncidentFacts> result = new ArrayList<>();
        for (String id : changed) {
            if (correlation.group(id).isPresent()) {
                result.add(refresh(id));
            }
        }
        return result;
    }

    private ClaimFacts claim(Report report) {
        String root = report.supersedes() == null ? report.id() : root(report.supersedes());
        rootOf.put(report.id(), root);
        openedAt.putIfAbsent(root, report.submittedAt());
        Category siteCategory = report.target().siteId() == null ? null
                : sites.site(report.target().siteId()).map(s -> s.category()).orElse(null);
        return ClaimFacts.of(report, root, openedAt.get(root), siteCategory);
    }

    private String root(String reportId) {
        return rootOf.getOrDefault(reportId, reportId);
    }

    private IncidentFacts refresh(String id) {
        Correlation.Group group = correlation.group(id).orElseThrow();
        List<ClaimFacts> claims = group.claims();
        List<Determination> ds = determinations.determineAll(claims, correlation.classification(claims), versions.get());
        Summary s = summary(claims);
        String siteOwner = siteOwner(ds);
        Instant opened = claims.stream().map(ClaimFacts::openedAt).min(Comparator.naturalOrder()).orElseThrow();
        IncidentFacts incident = new IncidentFacts(id, claims.stream().map(ClaimFacts::reportId).toList(), s.earliest,
                s.latest, s.latitude, s.longitude, s.regionId, s.claimants, s.accused, strongest(ds), agreementIds(ds),
                siteOwner, opened);
        facts.put(id, incident);
        return incident;
    }

    @SuppressWarnings("unchecked")
    private static String siteOwner(List<Determination> ds) {
        for (Determination d : ds) {
            for (Step step : d.steps()) {
                if (step.test().equals(Step.TARGET) && step.facts().get("sites") instanceof List<?> list && !list.isEmpty()) {
                    return (String) ((Map<String, Object>) list.get(0)).get("owner");
                }
            }
        }
        return null;
    }

    static Verdict strongest(List<Determination> ds) {
        Verdict v = null;
        for (Determination d : ds) {
            v = Verdict.strongest(v, d.verdict());
        }
        return v == null ? Verdict.NOT_COVERED : v;
    }

    private static Set<String> agreementIds(List<Determination> ds) {
        Set<String> ids = new TreeSet<>();
        ds.forEach(d -> ids.add(d.agreementId()));
        return ids;
    }

    private List<Determination> determine(List<ClaimFacts> claims) {
        Optional<IncidentDecision.TargetClassified> classification = synchronizedRead(() -> correlation.classification(claims));
        return determinations.determineAll(claims, classification, versions.get());
    }

    private Optional<Correlation.Group> group(String id) {
        return synchronizedRead(() -> correlation.group(id));
    }

    private List<ClaimFacts> claimsOf(String id) {
        return group(id).map(Correlation.Group::claims).orElse(List.of());
    }

    private <T> T synchronizedRead(Supplier<T> read) {
        lock.readLock().lock();
        try {
            return read.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    private void notifyListeners(List<IncidentFacts> changed) {
        if (changed.isEmpty()) {
            return;
        }
        List<IncidentFacts> copy = List.copyOf(changed);
        notifier.execute(() -> {
            List<IncidentListener> all = new ArrayList<>(beanListeners.get());
            all.addAll(listeners);
            for (IncidentListener listener : all) {
                try {
                    listener.incidentsChanged(copy);
                } catch (RuntimeException e) {
                    // one listener's failure must not stop the others
                    System.getLogger(Incidents.class.getName()).log(System.Logger.Level.WARNING,
                            "incident listener failed", e);
                }
            }
        });
    }

    // ================================================================ monitors' decisions

    /** Takes the reports out of the incident into one of their own; answers the two incidents. */
    public List<IncidentView> split(Viewer viewer, String incidentId, List<String> reportIds, String reason) {
        AccessRules.require(viewer, Kind.INCIDENT, Action.CORRELATE, Facts.NONE);
        List<ClaimFacts> claims = existing(viewer, incidentId, "id");
        if (reportIds == null || reportIds.isEmpty()) {
            throw InvalidInput.of("reports", "name the reports to take out of the incident");
        }
        Set<String> inIncident = new LinkedHashSet<>();
        claims.forEach(c -> inIncident.add(c.reportId()));
        Set<String> taken = new LinkedHashSet<>();
        for (int i = 0; i < reportIds.size(); i++) {
            String r = reportIds.get(i);
            if (r == null || !inIncident.contains(r)) {
                throw InvalidInput.of("reports[" + i + "]", "not a claim of incident " + incidentId);
            }
            taken.add(r);
        }
        if (taken.size() == inIncident.size()) {
            throw InvalidInput.of("reports", "leave at least one claim in the incident");
        }
        List<String> remaining = inIncident.stream().filter(r -> !taken.contains(r)).toList();
        String why = text(reason);
        writes.write(viewer, tx -> {
            var content = new DecisionRecords.SplitRecord(incidentId, List.copyOf(taken), remaining, why);
            long seq = tx.record(Recording.confidential(SPLIT, incidentId, content));
            decisions.insert(new IncidentDecision.Split(seq, incidentId, List.copyOf(taken), remaining, why), viewer.actorId());
            return seq;
        });
        engine.awaitCurrent();
        Set<String> ids = new TreeSet<>();
        lock.readLock().lock();
        try {
            correlation.incidentOfRoot(root(taken.iterator().next())).ifPresent(ids::add);
            correlation.incidentOfRoot(root(remaining.get(0))).ifPresent(ids::add);
        } finally {
            lock.readLock().unlock();
        }
        return ids.stream().map(id -> get(viewer, id)).toList();
    }

    /** Makes the incidents one; answers the merged incident (it carries the oldest id). */
    public IncidentView merge(Viewer viewer, List<String> incidentIds, String reason) {
        AccessRules.require(viewer, Kind.INCIDENT, Action.CORRELATE, Facts.NONE);
        if (incidentIds == null || new LinkedHashSet<>(incidentIds).size() < 2) {
            throw InvalidInput.of("incidents", "name at least two different incidents to merge");
        }
        List<String> ids = List.copyOf(new LinkedHashSet<>(incidentIds));
        List<String> reportsOf = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            existing(viewer, ids.get(i), "incidents[" + i + "]").forEach(c -> reportsOf.add(c.reportId()));
        }
        String why = text(reason);
        writes.write(viewer, tx -> {
            var content = new DecisionRecords.MergeRecord(ids, List.copyOf(reportsOf), why);
            long seq = tx.record(Recording.confidential(MERGED, ids.get(0), content));
            decisions.insert(new IncidentDecision.Merge(seq, ids, reportsOf, why), viewer.actorId());
            return seq;
        });
        engine.awaitCurrent();
        String merged = synchronizedRead(() -> correlation.incidentOfRoot(root(reportsOf.get(0))).orElseThrow());
        return get(viewer, merged);
    }

    /** A monitor's reading of the target when the claims name no facility type. */
    public IncidentView classifyTarget(Viewer viewer, String incidentId, Boolean energyInfrastructure, String reason) {
        AccessRules.require(viewer, Kind.INCIDENT, Action.CORRELATE, Facts.NONE);
        List<ClaimFacts> claims = existing(viewer, incidentId, "id");
        if (energyInfrastructure == null) {
            throw InvalidInput.of("energyInfrastructure", "say whether what was hit is energy infrastructure (true or false)");
        }
        String why = text(reason);
        if (why == null) {
            throw InvalidInput.of("reason", "say what was hit and why it is, or is not, energy infrastructure");
        }
        List<String> reportIds = claims.stream().map(ClaimFacts::reportId).toList();
        writes.write(viewer, tx -> {
            var content = new DecisionRecords.TargetRecord(incidentId, reportIds, energyInfrastructure, why);
            long seq = tx.record(Recording.confidential(TARGET_CLASSIFIED, incidentId, content));
            decisions.insert(new IncidentDecision.TargetClassified(seq, incidentId, reportIds, energyInfrastructure, why),
                    viewer.actorId());
            return seq;
        });
        return get(viewer, incidentId);
    }

    private List<ClaimFacts> existing(Viewer viewer, String incidentId, String field) {
        if (incidentId == null || !Ids.isWellFormed(incidentId, IncidentFacts.ID_PREFIX)) {
            throw InvalidInput.of(field, "not a well-formed incident id: expected 'inc_' followed by lower-case letters and digits");
        }
        engine.awaitCurrent();
        List<ClaimFacts> claims = claimsOf(incidentId);
        if (claims.isEmpty() || !readable(viewer, incidentId)) {
            if (field.equals("id")) {
                throw new NotFound("incident", incidentId);
            }
            throw InvalidInput.of(field, "no incident " + incidentId);
        }
        return claims;
    }

    private static String text(String reason) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        if (reason.length() > 2_000) {
            throw InvalidInput.of("reason", "at most 2,000 characters");
        }
        return reason.strip();
    }
}
