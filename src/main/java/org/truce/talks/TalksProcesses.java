package org.truce.talks;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.truce.access.AccessRules;
import org.truce.access.Action;
import org.truce.access.Facts;
import org.truce.access.Kind;
import org.truce.shared.InvalidInput;
import org.truce.shared.Viewer;
import org.truce.talks.TalksInputs.DelegationInput;
import org.truce.talks.TalksInputs.EventInput;
import org.truce.talks.TalksInputs.NewTalks;
import org.truce.talks.TalksInputs.RoundInput;
import org.truce.talks.TalksViews.TalksOverview;
import org.truce.talks.TalksViews.TalksSummary;

/**
 * The talks as a process: the mediator opens them with their agenda, records the delegations,
 * the rounds and the timeline; both parties and the monitors read them.
 */
public final class TalksProcesses {

    static final int MAX_MEMBERS = 50;

    private final TalksRecords records;
    private final Supplier<Set<String>> knownParties;

    public TalksProcesses(TalksRecords records, Supplier<Set<String>> knownParties) {
        this.records = records;
        this.knownParties = knownParties;
    }

    public TalksOverview open(Viewer mediator, NewTalks input) {
        AccessRules.require(mediator, Kind.TALKS, Action.MANAGE, Facts.NONE);
        if (input == null) {
            throw InvalidInput.of("body", "required");
        }
        Problems problems = new Problems();
        String title = problems.text(input.title(), "title", Problems.MAX_SHORT, true);
        String mediatorName = problems.text(input.mediator(), "mediator", Problems.MAX_SHORT, true);
        String venue = problems.text(input.venue(), "venue", Problems.MAX_SHORT, false);
        List<String> parties = parties(input.parties(), problems);
        ZoneId zone = input.zone() == null ? null : AgendaValidation.zone(input.zone(), "zone", problems);
        if (input.zone() == null) {
            problems.add("zone", "required: the IANA zone dates are read in, such as Asia/Qatar");
        }
        var about = input.about() == null || input.about().isEmpty() ? java.util.Map.<String, String>of()
                : problems.localized(input.about(), "about", Problems.MAX_TEXT);
        Agenda agenda = AgendaValidation.check(input.agenda(), parties, problems);
        problems.throwIfAny();
        TalksProcess opened = records.open(mediator, tx -> tx.append(RecordKind.TALKS, null, null, null,
                (id, now) -> new TalksProcess(id, title, mediatorName, venue, parties, zone.getId(), about, agenda, now)));
        return overview(mediator, opened.id());
    }

    public List<TalksSummary> list(Viewer viewer) {
        return records.all().stream().filter(s -> TalksVisibility.seesTalks(viewer, s.process()))
                .map(TalksViews::summary).toList();
    }

    public TalksOverview overview(Viewer viewer, String talksId) {
        return TalksViews.overview(records.visible(viewer, talksId));
    }

    /** Records (or replaces) a party's delegation: its members and their roles. */
    public TalksOverview recordDelegation(Viewer mediator, String talksId, String party, DelegationInput input) {
        TalksState state = managed(mediator, talksId);
        requireParty(state, party, "party");
        Problems problems = new Problems();
        List<Delegation.Member> members = new ArrayList<>();
        List<Delegation.Member> written = input == null || input.members() == null ? List.of() : input.members();
        if (written.isEmpty()) {
            problems.add("members", "name at least one member and role");
        } else if (written.size() > MAX_MEMBERS) {
            problems.add("members", "at most " + MAX_MEMBERS + " members, got " + written.size());
        }
        for (int i = 0; i < written.size(); i++) {
            Delegation.Member m = written.get(i);
            String name = problems.text(m == null ? null : m.name(), "members[" + i + "].name", Problems.MAX_SHORT, true);
            String role = problems.text(m == null ? null : m.role(), "members[" + i + "].role", Problems.MAX_SHORT, true);
            members.add(new Delegation.Member(name, role));
        }
        problems.throwIfAny();
        records.change(mediator, talksId, (tx, now) -> tx.append(RecordKind.DELEGATION, party, null, null,
                (id, at) -> new Delegation(id, talksId, party, members, at)));
        return overview(mediator, talksId);
    }

    public TalksOverview addRound(Viewer mediator, String talksId, RoundInput input) {
        TalksState state = managed(mediator, talksId);
        if (input == null) {
            throw InvalidInput.of("body", "required");
        }
        Problems problems = new Problems();
        var titles = problems.localized(input.titles(), "titles", Problems.MAX_SHORT);
        RoundFormat format = problems.code(input.format(), "format", RoundFormat::byCode, RoundFormat.codes(), true);
        String venue = problems.text(input.venue(), "venue", Problems.MAX_SHORT, false);
        DatePrecision stated = problems.code(input.precision(), "precision", DatePrecision::byCode, DatePrecision.codes(), false);
        TalksDates.Dated planned = TalksDates.parse(input.plannedFor(), stated, ZoneId.of(state.process().zone()),
                "plannedFor", problems);
        problems.throwIfAny();
        records.change(mediator, talksId, (tx, current) -> tx.append(RecordKind.ROUND, null, null,
                talksId + ":round:" + (current.rounds().size() + 1),
                (id, now) -> new Round(id, talksId, current.rounds().size() + 1, titles, format, venue, planned.at(),
                        planned.precision(), now)));
        return overview(mediator, talksId);
    }

    /** Adds an event to the timeline; a postponement, suspension or failure needs its cause. */
    public TalksOverview recordEvent(Viewer mediator, String talksId, EventInput input) {
        TalksState state = managed(mediator, talksId);
        if (input == null) {
            throw InvalidInput.of("body", "required");
        }
        Problems problems = new Problems();
        EventKind kind = problems.code(input.kind(), "kind", EventKind::byCode, EventKind.codes(), true);
        DatePrecision stated = problems.code(input.precision(), "precision", DatePrecision::byCode, DatePrecision.codes(), false);
        TalksDates.Dated at = TalksDates.parse(input.at(), stated, ZoneId.of(state.process().zone()), "at", problems);
        var summaries = problems.localized(input.summaries(), "summaries", Problems.MAX_TEXT);
        var causes = input.causes() == null || input.causes().isEmpty() ? java.util.Map.<String, String>of()
                : problems.localized(input.causes(), "causes", Problems.MAX_TEXT);
        if (kind != null && causes.isEmpty()
                && (kind == EventKind.POSTPONED || kind == EventKind.SUSPENDED || kind == EventKind.FAILED)) {
            problems.add("causes", "required for a " + kind.code() + " event: say why, such as \"escalation: …\"");
        }
        if (input.round() != null && (input.round() < 1 || input.round() > state.rounds().size())) {
            problems.add("round", "no round " + input.round() + " (the talks have " + state.rounds().size() + ")");
        }
        String source = problems.text(input.source(), "source", Problems.MAX_TEXT, false);
        problems.throwIfAny();
        records.change(mediator, talksId, (tx, current) -> tx.append(RecordKind.EVENT, null, null, null,
                (id, now) -> new TimelineEvent(id, talksId, kind, at.at(), at.precision(), input.round(), summaries, causes,
                        source, now)));
        return overview(mediator, talksId);
    }

    private TalksState managed(Viewer mediator, String talksId) {
        TalksState state = records.visible(mediator, talksId);
        AccessRules.require(mediator, Kind.TALKS, Action.MANAGE, TalksVisibility.talksFacts(state.process()));
        return state;
    }

    static void requireParty(TalksState state, String party, String field) {
        if (!state.parties().contains(party)) {
            throw InvalidInput.of(field, "'" + party + "' is not a party to these talks: " + state.parties());
        }
    }

    private List<String> parties(List<String> written, Problems problems) {
        Set<String> known = knownParties.get();
        if (written == null || written.size() != 2) {
            problems.add("parties", "proximity talks have exactly two parties, such as [\"UA\", \"RU\"]");
            return written == null ? List.of() : written;
        }
        for (int i = 0; i < 2; i++) {
            if (!known.contains(written.get(i))) {
                problems.add("parties[" + i + "]", "no party '" + written.get(i) + "'; known: " + known.stream().sorted().toList());
            }
        }
        if (written.get(0) != null && written.get(0).equals(written.get(1))) {
            problems.add("parties[1]", "the two parties must differ");
        }
        return List.copyOf(written);
    }
}
