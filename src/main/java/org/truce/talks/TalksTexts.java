package org.truce.talks;

import java.util.ArrayList;
import java.util.List;

import org.truce.access.AccessRules;
import org.truce.access.Action;
import org.truce.access.Facts;
import org.truce.access.Kind;
import org.truce.shared.Ids;
import org.truce.shared.InvalidInput;
import org.truce.shared.NotFound;
import org.truce.shared.Viewer;
import org.truce.talks.TalksInputs.CommentInput;
import org.truce.talks.TalksInputs.VersionInput;
import org.truce.talks.TextViews.TextOverview;
import org.truce.talks.TextViews.VersionView;

/**
 * The single negotiating text: the mediator writes versions (never changed once written) and
 * shares them; each party reads the versions shared with it, compares any two side by side, and
 * comments privately.
 */
public final class TalksTexts {

    static final int MAX_COMMENT = 5_000;

    private final TalksRecords records;

    public TalksTexts(TalksRecords records) {
        this.records = records;
    }

    public TextOverview text(Viewer viewer, String talksId) {
        return TextViews.overview(viewer, records.visible(viewer, talksId));
    }

    public VersionView version(Viewer viewer, String talksId, int number) {
        TalksState state = records.visible(viewer, talksId);
        return TextViews.version(viewer, state, readable(viewer, state, number));
    }

    /** Writes a new version (the next number) and shares it at once with the parties named. */
    public VersionView write(Viewer mediator, String talksId, VersionInput input) {
        TalksState state = records.visible(mediator, talksId);
        AccessRules.require(mediator, Kind.TALKS_TEXT, Action.WRITE, TalksVisibility.talksFacts(state.process()));
        if (input == null) {
            throw InvalidInput.of("body", "required");
        }
        Problems problems = new Problems();
        List<TextClause> clauses = Clauses.check(state.agenda(), input.clauses(), problems);
        String note = problems.text(input.note(), "note", 2000, false);
        List<String> shareWith = parties(state, input.shareWith(), "shareWith", problems);
        problems.throwIfAny();
        TextVersion written = records.change(mediator, talksId, (tx, current) -> {
            TextVersion version = newVersion(tx, current, clauses, note, null);
            share(tx, current, version.number(), version.id(), shareWith);
            return version;
        });
        return version(mediator, talksId, written.number());
    }

    /** Gives a version to parties (each once); logged as a disclosure to each. */
    public VersionView share(Viewer mediator, String talksId, int number, List<String> parties) {
        TalksState state = records.visible(mediator, talksId);
        AccessRules.require(mediator, Kind.TALKS_TEXT, Action.WRITE, TalksVisibility.talksFacts(state.process()));
        String versionId = readable(mediator, state, number).id();
        Problems problems = new Problems();
        List<String> to = parties(state, parties, "parties", problems);
        if (to.isEmpty()) {
            problems.add("parties", "name the parties to share it with, such as [\"UA\", \"RU\"]");
        }
        problems.throwIfAny();
        records.change(mediator, talksId, (tx, current) -> {
            share(tx, current, number, versionId, to);
            return null;
        });
        return version(mediator, talksId, number);
    }

    public TextComparison compare(Viewer viewer, String talksId, int from, int to) {
        TalksState state = records.visible(viewer, talksId);
        TextVersion earlier = readable(viewer, state, from);
        TextVersion later = readable(viewer, state, to);
        return TextComparison.of(earlier, later);
    }

    /** The comments on a version the viewer may read: a party its own, the mediator every party's. */
    public List<TextComment> comments(Viewer viewer, String talksId, int number) {
        TalksState state = records.visible(viewer, talksId);
        readable(viewer, state, number);
        return state.comments().stream().filter(c -> c.version() == number)
                .filter(c -> AccessRules.allows(viewer, Kind.TALKS_COMMENT, Action.READ, Facts.ownedBy(c.party()))).toList();
    }

    public TextComment comment(Viewer viewer, String talksId, String commentId) {
        Ids.requireWellFormed(commentId, RecordKind.COMMENT.idPrefix(), "commentId");
        TalksState state = records.visible(viewer, talksId);
        return state.comments().stream().filter(c -> c.id().equals(commentId))
                .filter(c -> AccessRules.allows(viewer, Kind.TALKS_COMMENT, Action.READ, Facts.ownedBy(c.party())))
                .findFirst().orElseThrow(() -> new NotFound("comment", commentId));
    }

    /** A party comments privately on a version shared with it, on a clause or on the whole text. */
    public TextComment addComment(Viewer viewer, String talksId, int number, CommentInput input) {
        TalksState state = records.visible(viewer, talksId);
        TextVersion version = readable(viewer, state, number);
        AccessRules.require(viewer, Kind.TALKS_COMMENT, Action.WRITE, TalksVisibility.talksFacts(state.process()));
        Problems problems = new Problems();
        String clause = problems.text(input == null ? null : input.clause(), "clause", 40, false);
        if (clause != null && version.clauses().stream().noneMatch(c -> c.id().equals(clause))) {
            problems.add("clause", "version " + number + " has no clause '" + clause + "'");
        }
        String text = problems.text(input == null ? null : input.text(), "text", MAX_COMMENT, true);
        problems.throwIfAny();
        String party = viewer.party();
        return records.change(viewer, talksId, (tx, current) -> tx.append(RecordKind.COMMENT, party, String.valueOf(number),
                null, (id, now) -> new TextComment(id, talksId, number, clause, party, text, now)));
    }

    // ---- shared with the decisions ----

    static TextVersion newVersion(TalksRecords.Appender tx, TalksState current, List<TextClause> clauses, String note,
                                  String proposalId) {
        int number = current.latestVersion().map(v -> v.number() + 1).orElse(1);
        Integer basedOn = number == 1 ? null : number - 1;
        String talksId = current.id();
        return tx.append(RecordKind.TEXT_VERSION, null, String.valueOf(number), talksId + ":version:" + number,
                (id, now) -> new TextVersion(id, talksId, number, basedOn, clauses, note, proposalId, now));
    }

    static void share(TalksRecords.Appender tx, TalksState current, int number, String versionId, List<String> parties) {
        String talksId = current.id();
        for (String party : parties) {
            if (current.sharedWith(number).contains(party)) {
                continue;
            }
            tx.append(RecordKind.TEXT_SHARE, party, String.valueOf(number), talksId + ":share:" + number + ":" + party,
                    (id, now) -> new TextShared(id, talksId, number, party, now));
            tx.disclose(party, DisclosureKind.TEXT_SHARED, versionId, "version " + number);
        }
    }

    static TextVersion readable(Viewer viewer, TalksState state, int number) {
        return state.version(number).filter(v -> TextViews.readable(viewer, state, v))
                .orElseThrow(() -> new NotFound("text version", String.valueOf(number)));
    }

    private static List<String> parties(TalksState state, List<String> written, String field, Problems problems) {
        List<String> parties = new ArrayList<>();
        if (written == null) {
            return parties;
        }
        for (int i = 0; i < written.size(); i++) {
            String party = written.get(i);
            if (!state.parties().contains(party)) {
                problems.add(field + "[" + i + "]", "'" + party + "' is not a party to these talks: " + state.parties());
            } else if (!parties.contains(party)) {
                parties.add(party);
            }
        }
        return parties;
    }
}
