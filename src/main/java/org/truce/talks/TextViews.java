package org.truce.talks;

import java.util.List;
import java.util.Set;

import org.truce.shared.Viewer;

/** The single negotiating text as one viewer sees it. */
public final class TextViews {

    private TextViews() {
    }

    /**
     * @param versions   the versions the viewer may read (a party: those shared with it), oldest first
     * @param proposals  the changes proposed in veto-only mode
     * @param conclusion the agreed version and its agreement draft, once both parties said yes
     */
    public record TextOverview(List<VersionView> versions, List<ProposalView> proposals, TalksConcluded conclusion) {
    }

    /**
     * @param sharedWith  the parties it was given to, as far as the viewer may know (a party: itself)
     * @param latest      whether it is the latest version of the text
     * @param settlement  what it settles, and what is still open or contested
     * @param finalAnswers the final answers the viewer may see (a party: its own; the mediator: both)
     * @param outcome     {@code agreed} or {@code not_agreed} once both parties answered; null before
     */
    public record VersionView(TextVersion version, List<String> sharedWith, boolean latest,
                              AgreedTerms.Settlement settlement, List<FinalAnswer> finalAnswers, String outcome) {
    }

    /**
     * @param status    {@code open}, {@code adopted} (both said better), {@code rejected} (one said worse)
     *                  or {@code superseded} (the draft moved before both answered); a party learns the
     *                  outcome only once both answered
     * @param adoptedAs the version it became, when adopted
     * @param votes     the answers the viewer may see (a party: its own; the mediator: both)
     */
    public record ProposalView(ChangeProposal proposal, String status, Integer adoptedAs, List<VetoVote> votes) {
    }

    static TextOverview overview(Viewer viewer, TalksState state) {
        List<VersionView> versions = state.versions().stream().filter(v -> readable(viewer, state, v))
                .map(v -> version(viewer, state, v)).toList();
        List<ProposalView> proposals = TalksVisibility.offered(viewer, Set.copyOf(state.parties()))
                ? state.proposals().stream().map(p -> proposal(viewer, state, p)).toList() : List.of();
        return new TextOverview(versions, proposals, state.conclusion().orElse(null));
    }

    static boolean readable(Viewer viewer, TalksState state, TextVersion version) {
        return TalksVisibility.offered(viewer, state.sharedWith(version.number()));
    }

    static VersionView version(Viewer viewer, TalksState state, TextVersion v) {
        List<String> shared = state.sharedWith(v.number()).stream()
                .filter(p -> TalksVisibility.channel(viewer, p)).toList();
        boolean latest = state.latestVersion().map(l -> l.number() == v.number()).orElse(false);
        List<FinalAnswer> answers = state.parties().stream().filter(p -> TalksVisibility.ownAnswer(viewer, p))
                .flatMap(p -> java.util.Optional.ofNullable(state.finalAnswers(v.number()).get(p)).stream()).toList();
        var all = state.finalAnswers(v.number());
        String outcome = all.size() < state.parties().size() ? null
                : all.values().stream().allMatch(a -> a.answer() == FinalAnswerValue.YES) ? "agreed" : "not_agreed";
        return new VersionView(v, shared, latest, AgreedTerms.settlement(state.agenda(), v.clauses()), answers, outcome);
    }

    static ProposalView proposal(Viewer viewer, TalksState state, ChangeProposal p) {
        var all = state.votes(p.id());
        var adopted = state.adoptedFrom(p.id());
        String status;
        if (adopted.isPresent()) {
            status = "adopted";
        } else if (all.size() == state.parties().size()) {
            status = "rejected";
        } else if (state.latestVersion().map(l -> l.number() != p.basedOn()).orElse(false)) {
            status = "superseded";
        } else {
            status = "open";
        }
        List<VetoVote> votes = state.parties().stream().filter(party -> TalksVisibility.ownAnswer(viewer, party))
                .flatMap(party -> java.util.Optional.ofNullable(all.get(party)).stream()).toList();
        return new ProposalView(p, status, adopted.map(TextVersion::number).orElse(null), votes);
    }
}
