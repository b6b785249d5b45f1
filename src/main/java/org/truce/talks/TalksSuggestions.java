package org.truce.talks;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.truce.access.AccessRules;
import org.truce.access.Action;
import org.truce.access.Kind;
import org.truce.shared.Conflict;
import org.truce.shared.Ids;
import org.truce.shared.InvalidInput;
import org.truce.shared.NotFound;
import org.truce.shared.Viewer;
import org.truce.talks.TalksInputs.SuggestionInput;

/**
 * Secret acceptance: the mediator offers both parties suggested packages (as options, never
 * anyone's scores); each party marks privately which it could accept; only when both accepted
 * the same package is that overlap revealed, to both, and logged as a disclosure to each.
 */
public final class TalksSuggestions {

    static final String SYSTEM = "system";

    private final TalksRecords records;

    public TalksSuggestions(TalksRecords records) {
        this.records = records;
    }

    /**
     * A suggestion as one viewer sees it.
     *
     * @param answers    the answers the viewer may see: a party its own, the mediator both
     * @param overlap    true once both parties accepted it (only then does a party learn the other did)
     * @param revealedAt when the overlap was revealed, or null
     */
    public record SuggestionView(Suggestion suggestion, List<Acceptance> answers, boolean overlap, Instant revealedAt) {
    }

    public SuggestionView offer(Viewer mediator, String talksId, SuggestionInput input) {
        TalksState state = records.visible(mediator, talksId);
        AccessRules.require(mediator, Kind.TALKS, Action.MANAGE, TalksVisibility.talksFacts(state.process()));
        if (input == null) {
            throw InvalidInput.of("choices", "required: an option id for each issue");
        }
        Problems problems = new Problems();
        String note = problems.text(input.note(), "note", 2000, false);
        problems.throwIfAny();
        Map<String, String> choices = state.agenda().requirePackage(input.choices(), "choices");
        Suggestion offered = records.change(mediator, talksId, (tx, current) -> {
            Suggestion suggestion = tx.append(RecordKind.SUGGESTION, null, null, null,
                    (id, now) -> new Suggestion(id, talksId, choices, note, now));
            for (String party : current.parties()) {
                tx.disclose(party, DisclosureKind.PACKAGE_SUGGESTED, suggestion.id(), Agenda.codes(choices));
            }
            return suggestion;
        });
        return suggestion(mediator, talksId, offered.id());
    }

    public List<SuggestionView> list(Viewer viewer, String talksId) {
        TalksState state = records.visible(viewer, talksId);
        if (!TalksVisibility.offered(viewer, Set.copyOf(state.parties()))) {
            return List.of();
        }
        return state.suggestions().stream().map(s -> view(viewer, state, s)).toList();
    }

    public SuggestionView suggestion(Viewer viewer, String talksId, String suggestionId) {
        Ids.requireWellFormed(suggestionId, RecordKind.SUGGESTION.idPrefix(), "suggestionId");
        TalksState state = records.visible(viewer, talksId);
        return view(viewer, state, visibleSuggestion(viewer, state, suggestionId));
    }

    /** One answer by its id: its party's and the mediator's to read. */
    public Acceptance acceptance(Viewer viewer, String talksId, String acceptanceId) {
        Ids.requireWellFormed(acceptanceId, RecordKind.ACCEPTANCE.idPrefix(), "acceptanceId");
        TalksState state = records.visible(viewer, talksId);
        return state.acceptanceById(acceptanceId).filter(a -> TalksVisibility.ownAnswer(viewer, a.party()))
                .orElseThrow(() -> new NotFound("acceptance", acceptanceId));
    }

    /** The party marks, privately, whether it could accept the package; the latest answer counts until an overlap. */
    public SuggestionView answer(Viewer viewer, String talksId, String suggestionId, Boolean acceptable) {
        Ids.requireWellFormed(suggestionId, RecordKind.SUGGESTION.idPrefix(), "suggestionId");
        TalksState state = records.visible(viewer, talksId);
        visibleSuggestion(viewer, state, suggestionId);
        AccessRules.require(viewer, Kind.TALKS_ACCEPTANCE, Action.ANSWER, TalksVisibility.talksFacts(state.process()));
        if (acceptable == null) {
            throw InvalidInput.of("acceptable", "required: true if your delegation could accept this package, else false");
        }
        String party = viewer.party();
        records.change(viewer, talksId, (tx, current) -> {
            if (current.overlap(suggestionId).isPresent()) {
                throw new Conflict("acceptable", "both parties accepted this package: the overlap is revealed and the answers stand");
            }
            if (current.acceptance(suggestionId, party).map(a -> a.acceptable() == acceptable).orElse(false)) {
                return null;
            }
            tx.append(RecordKind.ACCEPTANCE, party, suggestionId, null,
                    (id, now) -> new Acceptance(id, talksId, suggestionId, party, acceptable, now));
            String other = current.process().otherParty(party);
            if (acceptable && current.acceptance(suggestionId, other).map(Acceptance::acceptable).orElse(false)) {
                tx.append(RecordKind.OVERLAP, null, suggestionId, talksId + ":overlap:" + suggestionId,
                        (id, now) -> new OverlapRevealed(id, talksId, suggestionId, current.parties(), now));
                for (String told : current.parties()) {
                    tx.disclose(told, DisclosureKind.OVERLAP_REVEALED, suggestionId,
                            "both parties accepted " + suggestionId, SYSTEM);
                }
            }
            return null;
        });
        return suggestion(viewer, talksId, suggestionId);
    }

    private static Suggestion visibleSuggestion(Viewer viewer, TalksState state, String suggestionId) {
        return state.suggestion(suggestionId).filter(s -> TalksVisibility.offered(viewer, Set.copyOf(state.parties())))
                .orElseThrow(() -> new NotFound("suggestion", suggestionId));
    }

    static SuggestionView view(Viewer viewer, TalksState state, Suggestion suggestion) {
        List<Acceptance> answers = state.parties().stream()
                .filter(p -> TalksVisibility.ownAnswer(viewer, p))
                .flatMap(p -> state.acceptance(suggestion.id(), p).stream()).toList();
        var overlap = state.overlap(suggestion.id());
        return new SuggestionView(suggestion, answers, overlap.isPresent(), overlap.map(OverlapRevealed::revealedAt).orElse(null));
    }
}
