package org.truce.verification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.truce.access.AccessRules;
import org.truce.access.Action;
import org.truce.access.Facts;
import org.truce.access.Kind;
import org.truce.shared.Viewer;

/**
 * The assessments, allegations, replies and assignments of every incident, in memory, following
 * the ledger (loaded at start, refreshed per incident on each entry of this feature, from any
 * instance). It answers the engine ({@link IncidentAssessments}) and report intake
 * ({@link ClaimDisclosure}): a claim put to a party is shared with it; the claims of a
 * published incident are public.
 *
 * <p>Reads see one immutable snapshot; a refresh builds the next (human actions are rare, so
 * copying is cheaper than locking every read).
 */
public final class AssessmentIndex implements IncidentAssessments {

    /** What this feature holds about one incident. */
    public record Records(List<Assessment> assessments, List<Allegation> allegations, List<Reply> replies,
                          Assignment assignment) {
        public Records {
            assessments = assessments.stream().sorted(Comparator.comparing(Assessment::createdAt)
                    .thenComparing(Assessment::id)).toList();
            allegations = List.copyOf(allegations);
            replies = List.copyOf(replies);
        }

        static final Records EMPTY = new Records(List.of(), List.of(), List.of(), null);

        boolean isEmpty() {
            return assessments.isEmpty() && allegations.isEmpty() && replies.isEmpty() && assignment == null;
        }

        public boolean published() {
            return assessments.stream().anyMatch(Assessment::published);
        }

        public Set<String> putTo() {
            Set<String> parties = new TreeSet<>();
            allegations.forEach(a -> parties.add(a.party()));
            return parties;
        }

        /** The latest allegation put to the party: its deadline counts. */
        public Optional<Allegation> latestTo(String party) {
            return allegations.stream().filter(a -> a.party().equals(party))
                    .max(Comparator.comparing(Allegation::putAt));
        }
    }

    private record Snapshot(Map<String, Records> byIncident, Map<String, Set<String>> sharedWith,
                            Set<String> publishedReports, Map<String, Set<String>> disclosedTo) {
        static final Snapshot EMPTY = new Snapshot(Map.of(), Map.of(), Set.of(), Map.of());
    }

    private final AssessmentStore store;
    private volatile Snapshot snapshot = Snapshot.EMPTY;

    public AssessmentIndex(AssessmentStore store) {
        this.store = store;
    }

    // ---- following the ledger ----

    public synchronized void rebuild() {
        Map<String, Records> all = new HashMap<>();
        for (String incident : store.incidentsWithRecords()) {
            Records records = load(incident);
            if (!records.isEmpty()) {
                all.put(incident, records);
            }
        }
        snapshot = derive(all);
    }

    public synchronized void refresh(Collection<String> incidentIds) {
        if (incidentIds.isEmpty()) {
            return;
        }
        Map<String, Records> all = new HashMap<>(snapshot.byIncident());
        for (String incident : incidentIds) {
            Records records = load(incident);
            if (records.isEmpty()) {
                all.remove(incident);
            } else {
                all.put(incident, records);
            }
        }
        snapshot = derive(all);
    }

    private Records load(String incident) {
        return new Records(store.assessmentsOf(incident), store.allegationsOf(incident), store.repliesOf(incident),
                store.assignmentOf(incident).orElse(null));
    }

    private static Snapshot derive(Map<String, Records> all) {
        Map<String, Set<String>> shared = new HashMap<>();
        Set<String> published = new HashSet<>();
        for (Records records : all.values()) {
            for (Allegation allegation : records.allegations()) {
                allegation.reports().forEach(r -> shared.computeIfAbsent(r, k -> new TreeSet<>()).add(allegation.party()));
            }
        }
        for (Records records : all.values()) {
            records.assessments().stream().filter(Assessment::published).forEach(a -> published.addAll(a.publishedReports()));
        }
        Map<String, Set<String>> disclosed = new HashMap<>();
        shared.forEach((report, parties) -> parties.forEach(p -> disclosed.computeIfAbsent(p, k -> new HashSet<>()).add(report)));
        Map<String, Set<String>> frozenShared = new HashMap<>();
        shared.forEach((k, v) -> frozenShared.put(k, Set.copyOf(v)));
        Map<String, Set<String>> frozenDisclosed = new HashMap<>();
        disclosed.forEach((k, v) -> frozenDisclosed.put(k, Set.copyOf(v)));
        return new Snapshot(Map.copyOf(all), Map.copyOf(frozenShared), Set.copyOf(published), Map.copyOf(frozenDisclosed));
    }

    // ---- IncidentAssessments: for the engine ----

    public Records records(String incidentId) {
        return snapshot.byIncident().getOrDefault(incidentId, Records.EMPTY);
    }

    /** Every incident with records of this feature. */
    public Map<String, Records> all() {
        return snapshot.byIncident();
    }

    @Override
    public Set<String> putTo(String incidentId) {
        return records(incidentId).putTo();
    }

    @Override
    public boolean published(String incidentId) {
        return records(incidentId).published();
    }

    @Override
    public Optional<Grade> grade(String incidentId, Viewer viewer) {
        return current(records(incidentId).assessments(), viewer).map(Assessment::grade);
    }

    /** The viewer's current assessment: the latest it may read that no assessment it may read corrects. */
    public static Optional<Assessment> current(List<Assessment> assessments, Viewer viewer) {
        List<Assessment> visible = visible(assessments, viewer);
        Set<String> corrected = new HashSet<>();
        visible.forEach(a -> {
            if (a.supersedes() != null) {
                corrected.add(a.supersedes());
            }
        });
        return visible.stream().filter(a -> !corrected.contains(a.id())).reduce((first, second) -> second);
    }

    public static List<Assessment> visible(List<Assessment> assessments, Viewer viewer) {
        return assessments.stream().filter(a -> mayRead(viewer, a)).toList();
    }

    public static boolean mayRead(Viewer viewer, Assessment assessment) {
        return AccessRules.allows(viewer, Kind.ASSESSMENT, Action.READ, Facts.publicly().published(assessment.published()));
    }

    @Override
    public List<AssessmentSummary> assessments(String incidentId, Viewer viewer) {
        List<Assessment> all = records(incidentId).assessments();
        return visible(all, viewer).stream().map(a -> summary(a, all, viewer)).toList();
    }

    /**
     * The summary of an assessment as the reader may see it: its correction is the nearest later
     * one in the chain that the reader may read (a draft correction is skipped, never named).
     */
    public static AssessmentSummary summary(Assessment a, List<Assessment> all, Viewer viewer) {
        String supersededBy = null;
        String link = a.id();
        for (int hops = 0; hops < all.size() && supersededBy == null && link != null; hops++) {
            String from = link;
            Optional<Assessment> next = all.stream().filter(o -> from.equals(o.supersedes())).findFirst();
            link = next.map(Assessment::id).orElse(null);
            if (next.isPresent() && mayRead(viewer, next.get())) {
                supersededBy = next.get().id();
            }
        }
        return new AssessmentSummary(a.id(), a.incidentId(), a.grade(), a.attribution(), a.confidence(),
                a.rationale(), a.evidence(), a.assessedBy(), a.assessedAt(), a.published(), a.publishedAt(),
                a.supersedes(), supersededBy, a.seq());
    }

    @Override
    public List<ReplySummary> replies(String incidentId, Viewer viewer) {
        Records records = records(incidentId);
        boolean published = records.published();
        List<ReplySummary> out = new ArrayList<>();
        for (Reply reply : records.replies()) {
            if (AccessRules.allows(viewer, Kind.REPLY, Action.READ, Facts.ownedBy(reply.party()).published(published))) {
                out.add(new ReplySummary(reply.id(), reply.incidentId(), reply.party(), reply.text(), reply.evidence(),
                        reply.repliedAt(), reply.seq()));
            }
        }
        return out;
    }

    // ---- for ReportDisclosure (see ClaimDisclosure) ----

    public Set<String> reportSharedWith(String reportId) {
        return snapshot.sharedWith().getOrDefault(reportId, Set.of());
    }

    public boolean reportPublished(String reportId) {
        return snapshot.publishedReports().contains(reportId);
    }

    public Set<String> reportsDisclosedTo(String party) {
        Set<String> shared = snapshot.disclosedTo().getOrDefault(party, Set.of());
        Set<String> published = snapshot.publishedReports();
        if (shared.isEmpty()) {
            return published;
        }
        Set<String> all = new HashSet<>(published);
        all.addAll(shared);
        return all;
    }

    public Set<String> publishedReports() {
        return snapshot.publishedReports();
    }
}
