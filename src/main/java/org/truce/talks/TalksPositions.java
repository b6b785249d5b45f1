package org.truce.talks;

import java.util.Map;

import org.truce.access.AccessRules;
import org.truce.access.Action;
import org.truce.access.Facts;
import org.truce.access.Kind;
import org.truce.shared.Conflict;
import org.truce.shared.InvalidInput;
import org.truce.shared.NotFound;
import org.truce.shared.Viewer;
import org.truce.talks.AnalysisViews.AnalysisView;
import org.truce.talks.AnalysisViews.ImprovementsView;
import org.truce.talks.TalksInputs.PositionInput;

/**
 * Each party's private position and the mediator's analysis of both. A party states and reads
 * only its own position; the other's answers "not found", as does the analysis, which combines
 * both. The mediator reads both but never states one for a party.
 */
public final class TalksPositions {

    static final int MAX_IMPROVEMENTS = 100;

    private final TalksRecords records;

    public TalksPositions(TalksRecords records) {
        this.records = records;
    }

    public PositionView position(Viewer viewer, String talksId, String party) {
        TalksState state = readable(viewer, talksId, party);
        Position position = state.position(party).orElseThrow(() -> new NotFound("position", party));
        return PositionView.of(state.agenda(), position, state.positionCount(party));
    }

    /** The party states its position (a new statement; the latest counts). */
    public PositionView state(Viewer viewer, String talksId, String party, PositionInput input) {
        return state(viewer, talksId, party, input, false);
    }

    /**
     * @param illustrative marks an invented position (the demo's): shown as "illustrative, not the
     *                     parties' real positions" wherever it appears
     */
    public PositionView state(Viewer viewer, String talksId, String party, PositionInput input, boolean illustrative) {
        TalksState state = readable(viewer, talksId, party);
        AccessRules.require(viewer, Kind.TALKS_POSITION, Action.WRITE, Facts.ownedBy(party));
        Problems problems = new Problems();
        PositionProfiles.Checked checked = PositionProfiles.check(state.agenda(), party, input, problems);
        problems.throwIfAny();
        records.change(viewer, talksId, (tx, current) -> tx.append(RecordKind.POSITION, party, null, null,
                (id, now) -> new Position(id, talksId, party, checked.weights(), checked.ratings(), checked.reservationValue(),
                        checked.redLines(), checked.holistic(), illustrative, now)));
        return position(viewer, talksId, party);
    }

    /** The analysis of both positions: frontier, Nash, Kalai-Smorodinsky, maximin (mediator only). */
    public AnalysisView analysis(Viewer viewer, String talksId) {
        TalksState state = analysable(viewer, talksId);
        return AnalysisViews.of(talksId, state.agenda(), analysisOf(state));
    }

    /**
     * An improvement round: the feasible packages better than the tentative one for both parties
     * ({@code better_for_both}) or at least as good for both and better for one ({@code pareto}).
     */
    public ImprovementsView improvements(Viewer viewer, String talksId, Map<String, String> tentative, Integer limit,
                                         String rule) {
        TalksState state = analysable(viewer, talksId);
        Map<String, String> choices = state.agenda().requirePackage(tentative, "package");
        int max = limit == null ? 10 : limit;
        if (max < 1 || max > MAX_IMPROVEMENTS) {
            throw InvalidInput.of("limit", "between 1 and " + MAX_IMPROVEMENTS + ", got " + max);
        }
        PackageAnalysis.ImprovementRule improvementRule;
        if (rule == null || rule.isBlank() || rule.equals("better_for_both")) {
            improvementRule = PackageAnalysis.ImprovementRule.BETTER_FOR_BOTH;
        } else if (rule.equals("pareto")) {
            improvementRule = PackageAnalysis.ImprovementRule.PARETO;
        } else {
            throw InvalidInput.of("rule", "'" + rule + "' is not one of [better_for_both, pareto]");
        }
        return AnalysisViews.improvements(state.agenda(), analysisOf(state), state.agenda().toPackage(choices), max,
                improvementRule);
    }

    /** The analysis of the stated positions, for the mediator's other tools (never shown to a party). */
    PackageAnalysis analysisOf(TalksState state) {
        String first = state.parties().get(0);
        String second = state.parties().get(1);
        Position a = state.position(first).orElseThrow(() -> new Conflict("positions", first + " has not stated its position yet"));
        Position b = state.position(second).orElseThrow(() -> new Conflict("positions", second + " has not stated its position yet"));
        return PackageAnalysis.of(PositionProfiles.profile(state.agenda(), a), PositionProfiles.profile(state.agenda(), b));
    }

    private TalksState analysable(Viewer viewer, String talksId) {
        TalksState state = records.visible(viewer, talksId);
        if (!TalksVisibility.seesAnalysis(viewer, state.process())) {
            throw new NotFound("analysis", talksId);
        }
        return state;
    }

    private TalksState readable(Viewer viewer, String talksId, String party) {
        TalksState state = records.visible(viewer, talksId);
        if (!state.parties().contains(party)
                || !AccessRules.allows(viewer, Kind.TALKS_POSITION, Action.READ, Facts.ownedBy(party))) {
            throw new NotFound("position", party);
        }
        return state;
    }
}
