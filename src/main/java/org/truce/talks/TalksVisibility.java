package org.truce.talks;

import java.util.Set;

import org.truce.access.AccessRules;
import org.truce.access.Action;
import org.truce.access.Facts;
import org.truce.access.Kind;
import org.truce.shared.Viewer;

/**
 * Who may read which talks record, in the words of {@link AccessRules}: the talks themselves
 * (timeline, delegations, rounds, the conclusion) concern both parties and are open to monitors;
 * a channel and what the mediator disclosed through it concern its party only; a position, an
 * acceptance, a veto vote, a final answer and a comment are their party's own; a text version is
 * read by the parties it was shared with; suggestions and proposed changes are offered to both.
 * The mediator reads everything. Every read of the talks API and pages, and every record the
 * ledger discloses, goes through here.
 */
public final class TalksVisibility {

    private TalksVisibility() {
    }

    public static Facts talksFacts(TalksProcess process) {
        return Facts.concerning(Set.copyOf(process.parties()));
    }

    public static boolean seesTalks(Viewer viewer, TalksProcess process) {
        return AccessRules.allows(viewer, Kind.TALKS, Action.READ, talksFacts(process));
    }

    /** Whether the viewer may read a record of this talks. */
    public static boolean sees(Viewer viewer, TalksRecord record, TalksState state) {
        if (!seesTalks(viewer, state.process())) {
            return false;
        }
        Set<String> parties = Set.copyOf(state.parties());
        String party = record.party();
        return switch (record.kind()) {
            case TALKS, DELEGATION, ROUND, EVENT, CONCLUSION -> true;
            case MESSAGE, DISCLOSURE -> channel(viewer, party);
            case POSITION -> AccessRules.allows(viewer, Kind.TALKS_POSITION, Action.READ, Facts.ownedBy(party));
            case ACCEPTANCE, VOTE, FINAL_ANSWER -> ownAnswer(viewer, party);
            case COMMENT -> AccessRules.allows(viewer, Kind.TALKS_COMMENT, Action.READ, Facts.ownedBy(party));
            case SUGGESTION, OVERLAP, PROPOSAL -> offered(viewer, parties);
            case TEXT_SHARE -> offered(viewer, Set.of(party));
            case TEXT_VERSION -> offered(viewer, state.sharedWith(Integer.parseInt(record.ref())));
        };
    }

    /** The channel between the mediator and the party (its messages and what was disclosed to it). */
    public static boolean channel(Viewer viewer, String party) {
        return AccessRules.allows(viewer, Kind.TALKS_MESSAGE, Action.READ, Facts.concerning(Set.of(party)));
    }

    /** A party's private answer (acceptance, veto vote, final answer): its own, and the mediator's to read. */
    public static boolean ownAnswer(Viewer viewer, String party) {
        return AccessRules.allows(viewer, Kind.TALKS_ACCEPTANCE, Action.READ, Facts.ownedBy(party));
    }

    /** What the mediator put before these parties (text versions, suggested packages, proposed changes). */
    public static boolean offered(Viewer viewer, Set<String> parties) {
        return AccessRules.allows(viewer, Kind.TALKS_TEXT, Action.READ, Facts.NONE.sharedWith(parties));
    }

    public static boolean seesAnalysis(Viewer viewer, TalksProcess process) {
        return AccessRules.allows(viewer, Kind.TALKS_ANALYSIS, Action.READ, talksFacts(process));
    }
}
