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
 * (reports, monitors' decisions, sites and agreements) on the engine's own thread, read for a
 * viewer ({@link IncidentViews} says what each reader sees), and the monitors' decisions written
 * through the one write path.
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
    private final IncidentViews views;

    public Incidents(Determinations determinations, SiteIndex sites, Supplier<List<SignedVersion>> versions,
                     Supplier<IncidentAssessments> assessments, Supplier<ReportDisclosure> disclosure,
                     SiteVisibility siteVisibility, Function<String, Optional<Report>> reports,
                     Function<String, Optional<Long>> reportSeqs, WritePath writes, IncidentDecisionStore decisions,
                     Supplier<List<IncidentListener>> beanListeners) {
        this.beanListeners = beanListeners;
        this.determinations = determinations;
        this.sites = sites;
        this.versions = versions;
        this.views = new IncidentViews(this, sites, assessments, disclosure, siteVisibility, reports, reportSeqs);
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
        return ordered().stream();
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
        return views.mayRead(viewer, incidentId);
    }

    public IncidentView get(Viewer viewer, String id) {
        engine.awaitCurrent();
        return views.get(viewer, id);
    }

    public IncidentList list(Viewer viewer, IncidentQuery query) {
        engine.awaitCurrent();
        return views.list(viewer, query);
    }

    // ================================================================ for the reader views

    /** One incident as the engine holds it, without waiting for the engine. */
    IncidentFacts factsOf(String id) {
        return facts.get(id);
    }

    /** Every incident, oldest first, without waiting for the engine. */
    List<IncidentFacts> ordered() {
        return facts.values().stream().sorted(Comparator.comparing(IncidentFacts::openedAt).thenComparing(IncidentFacts::id))
                .toList();
    }

    /** The ledger sequence numbers of the monitors' decisions about these claims. */
    Set<Long> decisionSeqsOf(List<ClaimFacts> claims) {
        return synchronizedRead(() -> {
            Set<Long> seqs = new TreeSet<>();
            for (ClaimFacts c : claims) {
                seqs.addAll(decisionSeqs.getOrDefault(c.rootId(), Set.of()));
            }
            return seqs;
        });
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
            // on every core, as the benchmark times it: nothing changes the correlation meanwhile (the write lock is held)
            List<Correlation.Group> groups = correlation.groups();
            IncidentFacts[] made = new IncidentFacts[groups.size()];
            List<SignedVersion> signed = versions.get();
            java.util.stream.IntStream.range(0, groups.size()).parallel()
                    .forEach(i -> made[i] = incidentFacts(groups.get(i), signed));
            for (IncidentFacts incident : made) {
                facts.put(incident.id(), incident);
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
        IncidentFacts incident = incidentFacts(correlation.group(id).orElseThrow(), versions.get());
        facts.put(id, incident);
        return incident;
    }

    private IncidentFacts incidentFacts(Correlation.Group group, List<SignedVersion> signed) {
        String id = group.id();
        List<ClaimFacts> claims = group.claims();
        List<Determination> ds = determinations.determineAll(claims, correlation.classification(claims), signed);
        IncidentViews.Summary s = IncidentViews.summary(claims);
        String siteOwner = siteOwner(ds);
        Instant opened = claims.stream().map(ClaimFacts::openedAt).min(Comparator.naturalOrder()).orElseThrow();
        IncidentFacts incident = new IncidentFacts(id, claims.stream().map(ClaimFacts::reportId).toList(), s.earliest(),
                s.latest(), s.latitude(), s.longitude(), s.regionId(), s.claimants(), s.accused(), strongest(ds), agreementIds(ds),
                siteOwner, opened);
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

    static Set<String> agreementIds(List<Determination> ds) {
        Set<String> ids = new TreeSet<>();
        ds.forEach(d -> ids.add(d.agreementId()));
        return ids;
    }

    List<Determination> determine(List<ClaimFacts> claims) {
        Optional<IncidentDecision.TargetClassified> classification = synchronizedRead(() -> correlation.classification(claims));
        return determinations.determineAll(claims, classification, versions.get());
    }

    private Optional<Correlation.Group> group(String id) {
        return synchronizedRead(() -> correlation.group(id));
    }

    List<ClaimFacts> claimsOf(String id) {
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
        if (claims.isEmpty() || !views.mayRead(viewer, incidentId)) {
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
