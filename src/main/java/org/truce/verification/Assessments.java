package org.truce.verification;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.truce.access.AccessRules;
import org.truce.access.Action;
import org.truce.access.Facts;
import org.truce.access.Kind;
import org.truce.reports.Report;
import org.truce.shared.Conflict;
import org.truce.shared.FieldProblem;
import org.truce.shared.Forbidden;
import org.truce.shared.Ids;
import org.truce.shared.InvalidInput;
import org.truce.shared.NotFound;
import org.truce.shared.Recording;
import org.truce.shared.Role;
import org.truce.shared.Viewer;
import org.truce.shared.WritePath;

/**
 * The human side of verification: monitors assess incidents (draft, then published by the
 * mediator and sealed; a correction is a new assessment that supersedes), the mediator puts an
 * incident to the accused party, which may reply until a deadline, and the monitors' queue.
 * Every change goes through the write path with its ledger entry; reads come from the
 * {@link AssessmentIndex}, which follows the ledger.
 */
public final class Assessments {

    static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern PARTY = Pattern.compile("[A-Z]{2,8}");
    static final int MAX_RATIONALE = 20_000;
    static final int MAX_EVIDENCE = 100;

    private final WritePath writes;
    private final AssessmentStore store;
    private final AssessmentIndex index;
    private final IncidentLookup incidents;
    private final AssessmentRefs refs;
    private final Clock clock;

    public Assessments(WritePath writes, AssessmentStore store, AssessmentIndex index, IncidentLookup incidents,
                       AssessmentRefs refs, Clock clock) {
        this.writes = writes;
        this.store = store;
        this.index = index;
        this.incidents = incidents;
        this.refs = refs;
        this.clock = clock;
    }

    // ---- assessments ----

    /** Records a draft assessment of the incident (a monitor or the mediator). */
    public AssessmentSummary record(Viewer viewer, String incidentId, AssessmentInput input) {
        AccessRules.require(viewer, Kind.ASSESSMENT, Action.ASSESS, Facts.NONE);
        incident(viewer, incidentId);
        Checked checked = check(viewer, input);
        Optional<Assessment> current = AssessmentIndex.current(index.records(incidentId).assessments(), viewer);
        String supersedes = blankToNull(input.supersedes());
        if (current.isPresent() && !current.get().id().equals(supersedes)) {
            throw new Conflict("supersedes", "incident " + incidentId + " already has assessment " + current.get().id()
                    + "; a correction names it in supersedes");
        }
        if (current.isEmpty() && supersedes != null) {
            throw InvalidInput.of("supersedes", "incident " + incidentId + " has no assessment " + supersedes);
        }
        Assessment created = writes.write(viewer, tx -> {
            if (supersedes != null && store.superseded(supersedes)) {
                throw new Conflict("supersedes", "assessment " + supersedes + " is already corrected");
            }
            // again inside the write: two monitors may have started a first assessment at once
            Optional<Assessment> latest = AssessmentIndex.current(store.assessmentsOf(incidentId), viewer);
            if (latest.isPresent() && !latest.get().id().equals(supersedes)) {
                throw new Conflict("supersedes", "incident " + incidentId + " already has assessment "
                        + latest.get().id() + "; a correction names it in supersedes");
            }
            String id = Ids.next(Assessment.ID_PREFIX);
            Assessment draft = new Assessment(id, incidentId, 1, checked.grade, checked.attribution, checked.confidence,
                    checked.rationale, checked.evidence, viewer.accountId(), tx.now(), supersedes, viewer.accountId(),
                    tx.now(), 0, null, null, null, List.of());
            long seq = tx.record(Recording.confidential(Assessment.RECORDED, id, draft.revisionContent()));
            Assessment stored = withSeq(draft, seq);
            store.insertAssessment(stored);
            return stored;
        });
        return summary(viewer, created);
    }

    /** Edits a draft (a new revision); a published assessment is sealed. */
    public AssessmentSummary revise(Viewer viewer, String assessmentId, AssessmentInput input) {
        AccessRules.require(viewer, Kind.ASSESSMENT, Action.ASSESS, Facts.NONE);
        Assessment existing = readable(viewer, assessmentId);
        requireEditable(existing);
        if (blankToNull(input.supersedes()) != null && !input.supersedes().equals(existing.supersedes())) {
            throw InvalidInput.of("supersedes", "an edit cannot change what the assessment corrects");
        }
        Checked checked = check(viewer, input);
        Assessment revised = writes.write(viewer, tx -> {
            Assessment now = store.assessment(assessmentId).orElseThrow();
            requireEditable(now);
            Assessment next = new Assessment(now.id(), now.incidentId(), now.revision() + 1, checked.grade,
                    checked.attribution, checked.confidence, checked.rationale, checked.evidence, viewer.accountId(),
                    tx.now(), now.supersedes(), now.createdBy(), now.createdAt(), 0, null, null, null, List.of());
            long seq = tx.record(Recording.confidential(Assessment.REVISED, now.id(), next.revisionContent()));
            Assessment stored = withSeq(next, seq);
            store.insertRevision(stored);
            return stored;
        });
        return summary(viewer, revised);
    }

    /** The mediator publishes an assessment: a finding; the incident's claims become public with it. */
    public AssessmentSummary publish(Viewer viewer, String assessmentId) {
        AccessRules.require(viewer, Kind.ASSESSMENT, Action.PUBLISH, Facts.NONE);
        Assessment existing = readable(viewer, assessmentId);
        requirePublishable(existing);
        List<String> claims = incidents.facts(existing.incidentId()).map(f -> f.reportIds().stream().sorted().toList())
                .orElseThrow(() -> new Conflict(null, "incident " + existing.incidentId()
                        + " no longer exists (merged into another?); assess the incident that holds its claims"));
        writes.write(viewer, tx -> {
            Assessment now = store.assessment(assessmentId).orElseThrow();
            requirePublishable(now);
            Assessment.Publication publication = new Assessment.Publication(now.id(), now.incidentId(),
                    viewer.accountId(), tx.now(), claims);
            long seq = tx.record(Recording.open(Assessment.PUBLISHED, now.id(), publication,
                    Map.of("incident", now.incidentId(), "grade", now.grade().code())));
            store.markPublished(now.id(), viewer.accountId(), tx.now(), seq, claims);
            return seq;
        });
        return summary(viewer, store.assessment(assessmentId).orElseThrow());
    }

    /** One assessment, when the viewer may read it (drafts: monitors and the mediator only). */
    public AssessmentSummary get(Viewer viewer, String assessmentId) {
        return summary(viewer, readable(viewer, assessmentId));
    }

    /** Published findings, newest first, optionally of one agreement; public. */
    public List<Finding> findings(Viewer viewer, String agreementId) {
        List<Finding> findings = new ArrayList<>();
        index.all().forEach((incidentId, records) -> {
            List<Assessment> visible = AssessmentIndex.visible(records.assessments(), Viewer.PUBLIC);
            if (visible.isEmpty()) {
                return;
            }
            Optional<IncidentFacts> facts = incidents.facts(incidentId);
            if (agreementId != null && facts.map(f -> !f.agreementIds().contains(agreementId)).orElse(true)) {
                return;
            }
            List<ReplySummary> replies = index.replies(incidentId, viewer);
            for (Assessment a : visible) {
                findings.add(finding(AssessmentIndex.summary(a, records.assessments(), Viewer.PUBLIC), facts.orElse(null), replies,
                        a.publishedReports()));
            }
        });
        findings.sort(Comparator.comparing((Finding f) -> f.assessment().publishedAt()).reversed()
                .thenComparing(f -> f.assessment().id()));
        return findings;
    }

    private static Finding finding(AssessmentSummary summary, IncidentFacts facts, List<ReplySummary> replies,
                                   List<String> claims) {
        if (facts == null) {
            return new Finding(summary, summary.incidentId(), null, null, null, null, null, Set.of(), null,
                    Set.of(), claims, replies);
        }
        return new Finding(summary, facts.id(), facts.earliest(), facts.latest(), facts.latitude(), facts.longitude(),
                facts.regionId(), facts.accused(), facts.verdict(), facts.agreementIds(), claims, replies);
    }

    // ---- allegations and replies ----

    /** The mediator puts the incident to an accused party, which may then read the claims against it and reply. */
    public Allegation putTo(Viewer viewer, String incidentId, AllegationInput input) {
        AccessRules.require(viewer, Kind.INCIDENT, Action.PUT_TO_PARTY, Facts.NONE);
        IncidentFacts incident = incident(viewer, incidentId);
        List<FieldProblem> problems = new ArrayList<>();
        String party = input == null ? null : blankToNull(input.party());
        List<String> against = List.of();
        if (party == null) {
            problems.add(new FieldProblem("party", "required: the accused party's code"));
        } else if (!incident.accused().contains(party)) {
            problems.add(new FieldProblem("party", "the claims of incident " + incidentId + " accuse "
                    + (incident.accused().isEmpty() ? "nobody" : String.join(", ", new TreeSet<>(incident.accused())))
                    + ", not " + party));
        } else {
            against = claimsAgainst(incident, party);
            if (against.isEmpty()) {
                problems.add(new FieldProblem("party", "no claim of another source accuses " + party));
            }
        }
        Instant parsed = instant(input == null ? null : input.replyBy(), "replyBy", problems);
        // stored and committed to at the database's precision, so an audit re-derives it exactly
        Instant replyBy = parsed == null ? null : parsed.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        if (replyBy != null && !replyBy.isAfter(clock.instant())) {
            problems.add(new FieldProblem("replyBy", "the deadline must be in the future"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        List<String> claims = against.stream().sorted().toList();
        return writes.write(viewer, tx -> {
            Allegation allegation = new Allegation(Ids.next(Allegation.ID_PREFIX), incidentId, party, replyBy,
                    viewer.accountId(), tx.now(), claims);
            long seq = tx.record(Recording.confidential(Allegation.PUT, allegation.id(), allegation));
            store.insertAllegation(allegation, seq);
            return allegation;
        });
    }

    /** The claims of the incident that accuse the party, except its own. */
    List<String> claimsAgainst(IncidentFacts incident, String party) {
        List<String> against = new ArrayList<>();
        for (String reportId : incident.reportIds()) {
            refs.report().apply(reportId)
                    .filter(r -> party.equals(r.allegedPerpetrator()) && !party.equals(r.owner()))
                    .ifPresent(r -> against.add(r.id()));
        }
        return against;
    }

    /** The accused party replies, before the deadline of the latest time the incident was put to it. */
    public ReplySummary reply(Viewer viewer, String incidentId, ReplyInput input) {
        if (!viewer.is(Role.PARTY) || !incidents.mayRead(viewer, incidentId) || incidents.facts(incidentId).isEmpty()) {
            throw new NotFound("incident", incidentId);
        }
        String party = viewer.party();
        AssessmentIndex.Records records = index.records(incidentId);
        AccessRules.require(viewer, Kind.REPLY, Action.RESPOND, Facts.NONE.sharedWith(records.putTo()));
        Allegation latest = records.latestTo(party).orElseThrow();
        if (!clock.instant().isBefore(latest.replyBy())) {
            throw closed(latest);
        }
        List<FieldProblem> problems = new ArrayList<>();
        String text = input == null ? null : blankToNull(input.text());
        if (text == null) {
            problems.add(new FieldProblem("text", "required: the reply in words"));
        } else if (text.length() > MAX_RATIONALE) {
            problems.add(new FieldProblem("text", "at most " + MAX_RATIONALE + " characters"));
        }
        List<String> evidence = evidence(viewer, input == null ? null : input.evidence(), false, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Reply reply = writes.write(viewer, tx -> {
            if (!tx.now().isBefore(latest.replyBy())) {
                throw closed(latest);
            }
            Reply draft = new Reply(Ids.next(Reply.ID_PREFIX), incidentId, party, text, evidence, viewer.accountId(),
                    tx.now(), 0);
            long seq = tx.record(Recording.confidential(Reply.SUBMITTED, draft.id(), draft.content()));
            Reply stored = new Reply(draft.id(), incidentId, party, text, evidence, viewer.accountId(), tx.now(), seq);
            store.insertReply(stored, seq);
            return stored;
        });
        return new ReplySummary(reply.id(), incidentId, party, reply.text(), reply.evidence(), reply.repliedAt(),
                reply.seq());
    }

    private static Conflict closed(Allegation latest) {
        return new Conflict("replyBy", "the reply deadline " + latest.replyBy() + " has passed; ask the mediator to "
                + "put the incident to you again");
    }

    // ---- the queue ----

    /**
     * Incidents awaiting assessment (none yet): potential violations first, then undetermined,
     * then not covered, each oldest first; optionally only those of one assignee ({@code me}).
     */
    public List<QueueItem> queue(Viewer viewer, String assignee, int limit) {
        AccessRules.require(viewer, Kind.ASSESSMENT, Action.ASSESS, Facts.NONE);
        String wanted = "me".equals(assignee) ? viewer.accountId() : blankToNull(assignee);
        return incidents.all()
                .filter(f -> index.records(f.id()).assessments().isEmpty())
                .map(f -> item(f, index.records(f.id()).assignment()))
                .filter(item -> wanted == null || wanted.equals(item.assignee()))
                .sorted(QUEUE_ORDER)
                .limit(Math.max(1, Math.min(limit, 1000)))
                .toList();
    }

    static final Comparator<QueueItem> QUEUE_ORDER = Comparator
            .comparingInt((QueueItem i) -> i.verdict() == null ? 0 : -i.verdict().strength())
            .thenComparing(QueueItem::openedAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(QueueItem::incidentId);

    static QueueItem item(IncidentFacts f, Assignment assignment) {
        return new QueueItem(f.id(), f.verdict(), f.earliest(), f.latest(), f.regionId(), f.accused(),
                f.reportIds().size(), f.openedAt(), assignment == null ? null : assignment.assignee(),
                assignment == null || assignment.assignee() == null ? null : assignment.assignedAt());
    }

    /** Assigns an incident of the queue to a monitor or the mediator ({@code me}: oneself), or releases it. */
    public QueueItem assign(Viewer viewer, String incidentId, AssigneeInput input) {
        AccessRules.require(viewer, Kind.ASSESSMENT, Action.ASSESS, Facts.NONE);
        IncidentFacts incident = incident(viewer, incidentId);
        String assignee = input == null ? null : blankToNull(input.assignee());
        if ("me".equals(assignee)) {
            assignee = viewer.accountId();
        }
        if (assignee != null) {
            Optional<Role> role = Ids.isWellFormed(assignee, "acc") ? refs.accountRole().apply(assignee) : Optional.empty();
            if (role.isEmpty() || !(role.get() == Role.MONITOR || role.get() == Role.MEDIATOR)) {
                throw InvalidInput.of("assignee", "no monitor or mediator account " + assignee
                        + "; give an account id (acc_…), \"me\", or null to release");
            }
        }
        String who = assignee;
        Assignment assignment = writes.write(viewer, tx -> {
            Assignment a = new Assignment(incidentId, who, viewer.accountId(), tx.now());
            long seq = tx.record(Recording.confidential(Assignment.ASSIGNED, incidentId, a));
            store.insertAssignment(a, seq);
            return a;
        });
        return item(incident, assignment);
    }

    // ---- checks ----

    private record Checked(Grade grade, String attribution, String confidence, String rationale, List<String> evidence) {
    }

    private Checked check(Viewer viewer, AssessmentInput input) {
        List<FieldProblem> problems = new ArrayList<>();
        if (input == null) {
            throw InvalidInput.of("body", "required: grade, attribution, confidence, rationale, evidence");
        }
        Grade grade = null;
        if (blankToNull(input.grade()) == null) {
            problems.add(new FieldProblem("grade", "required: one of " + gradeCodes()));
        } else {
            grade = Grade.byCode(input.grade()).orElse(null);
            if (grade == null) {
                problems.add(new FieldProblem("grade", "unknown grade '" + input.grade() + "'; expected one of " + gradeCodes()));
            }
        }
        String attribution = blankToNull(input.attribution());
        if (attribution == null) {
            problems.add(new FieldProblem("attribution", "required: a party code, unattributed or contested"));
        } else {
            String lower = attribution.toLowerCase(Locale.ROOT);
            if (lower.equals(Assessment.UNATTRIBUTED) || lower.equals(Assessment.CONTESTED)) {
                attribution = lower;
            } else if (!PARTY.matcher(attribution).matches() || !refs.partyExists().test(attribution)) {
                problems.add(new FieldProblem("attribution", "no party '" + attribution
                        + "'; expected a party code (UA, RU), unattributed or contested"));
            }
        }
        String confidence = blankToNull(input.confidence());
        if (confidence == null || !Assessment.CONFIDENCES.contains(confidence.toLowerCase(Locale.ROOT))) {
            problems.add(new FieldProblem("confidence", (confidence == null ? "required" : "unknown confidence '"
                    + confidence + "'") + ": low, medium or high"));
        } else {
            confidence = confidence.toLowerCase(Locale.ROOT);
        }
        String rationale = blankToNull(input.rationale());
        if (rationale == null) {
            problems.add(new FieldProblem("rationale", "required: why this grade, in words"));
        } else if (rationale.length() > MAX_RATIONALE) {
            problems.add(new FieldProblem("rationale", "at most " + MAX_RATIONALE + " characters"));
        }
        List<String> evidence = evidence(viewer, input.evidence(), true, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new Checked(grade, attribution, confidence, rationale, evidence);
    }

    /** Evidence relied on: SHA-256 of files the writer may read, or (for assessments) report ids. */
    private List<String> evidence(Viewer viewer, List<String> given, boolean reportsAllowed, List<FieldProblem> problems) {
        if (given == null) {
            return List.of();
        }
        if (given.size() > MAX_EVIDENCE) {
            problems.add(new FieldProblem("evidence", "at most " + MAX_EVIDENCE + " items"));
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String item = given.get(i) == null ? "" : given.get(i).trim();
            String field = "evidence[" + i + "]";
            if (reportsAllowed && item.startsWith(Report.ID_PREFIX + "_")) {
                if (!Ids.isWellFormed(item, Report.ID_PREFIX) || refs.report().apply(item).isEmpty()) {
                    problems.add(new FieldProblem(field, "no report " + item));
                    continue;
                }
            } else {
                String hash = item.toLowerCase(Locale.ROOT);
                if (!SHA256.matcher(hash).matches()) {
                    problems.add(new FieldProblem(field, reportsAllowed
                            ? "expected the SHA-256 of an evidence file (64 hex digits) or a report id (rep_…)"
                            : "expected the SHA-256 of an evidence file (64 hex digits)"));
                    continue;
                }
                if (!refs.evidenceReadable().test(viewer, hash)) {
                    problems.add(new FieldProblem(field, "no evidence file " + hash + " that you uploaded or may read"));
                    continue;
                }
                item = hash;
            }
            if (!out.contains(item)) {
                out.add(item);
            }
        }
        return out;
    }

    private static Instant instant(String text, String field, List<FieldProblem> problems) {
        if (blankToNull(text) == null) {
            problems.add(new FieldProblem(field, "required: an ISO-8601 instant such as 2025-04-01T12:00:00Z"));
            return null;
        }
        try {
            return Instant.parse(text.trim());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "not an ISO-8601 instant such as 2025-04-01T12:00:00Z"));
            return null;
        }
    }

    private IncidentFacts incident(Viewer viewer, String incidentId) {
        if (!Ids.isWellFormed(incidentId, IncidentFacts.ID_PREFIX) || !incidents.mayRead(viewer, incidentId)) {
            throw new NotFound("incident", incidentId);
        }
        return incidents.facts(incidentId).orElseThrow(() -> new NotFound("incident", incidentId));
    }

    private Assessment readable(Viewer viewer, String assessmentId) {
        Assessment assessment = (Ids.isWellFormed(assessmentId, Assessment.ID_PREFIX) ? store.assessment(assessmentId)
                : Optional.<Assessment>empty()).orElseThrow(() -> new NotFound("assessment", assessmentId));
        if (!AssessmentIndex.mayRead(viewer, assessment)) {
            throw new NotFound("assessment", assessmentId);
        }
        return assessment;
    }

    private void requireEditable(Assessment assessment) {
        if (assessment.published()) {
            throw new Conflict(null, "assessment " + assessment.id() + " is published and sealed; record a new "
                    + "assessment that supersedes it (POST /api/incidents/" + assessment.incidentId() + "/assessments)");
        }
        if (store.superseded(assessment.id())) {
            throw new Conflict(null, "assessment " + assessment.id() + " is superseded; edit its correction");
        }
    }

    private void requirePublishable(Assessment assessment) {
        if (assessment.published()) {
            throw new Conflict(null, "assessment " + assessment.id() + " is already published");
        }
        if (store.superseded(assessment.id())) {
            throw new Conflict(null, "assessment " + assessment.id() + " is superseded; publish its correction");
        }
    }

    private AssessmentSummary summary(Viewer viewer, Assessment assessment) {
        List<Assessment> all = store.assessmentsOf(assessment.incidentId());
        Assessment current = all.stream().filter(a -> a.id().equals(assessment.id())).findFirst().orElse(assessment);
        return AssessmentIndex.summary(current, all, viewer);
    }

    private static Assessment withSeq(Assessment a, long seq) {
        return new Assessment(a.id(), a.incidentId(), a.revision(), a.grade(), a.attribution(), a.confidence(),
                a.rationale(), a.evidence(), a.assessedBy(), a.assessedAt(), a.supersedes(), a.createdBy(),
                a.createdAt(), seq, a.publishedBy(), a.publishedAt(), a.publishSeq(), a.publishedReports());
    }

    private static String gradeCodes() {
        return String.join(", ", Arrays.stream(Grade.values()).map(Grade::code).toList());
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
