package org.truce.talks;

import java.util.List;
import java.util.Map;

/** What the API and the pages accept to change talks (JSON in camelCase, codes in lower case). */
public final class TalksInputs {

    private TalksInputs() {
    }

    /** New talks: two parties, the mediator, the venue, the zone its dates are read in, and the agenda. */
    public record NewTalks(String title, String mediator, String venue, List<String> parties, String zone,
                           Map<String, String> about, List<AgendaIssue> agenda) {
    }

    public record DelegationInput(List<Delegation.Member> members) {
    }

    /** {@code plannedFor}: a day, a month or an instant; {@code precision}: {@code about_month} for an approximate month. */
    public record RoundInput(Map<String, String> titles, String format, String venue, String plannedFor, String precision) {
    }

    /** {@code at}: a day ({@code 2024-08-06}), a month ({@code 2024-06}) or an instant with its offset. */
    public record EventInput(String kind, String at, String precision, Integer round, Map<String, String> summaries,
                             Map<String, String> causes, String source) {
    }

    public record MessageInput(String type, String text) {
    }

    public record PositionInput(Map<String, Integer> weights, Map<String, Map<String, Integer>> ratings,
                                Integer reservationValue, Map<String, List<String>> redLines,
                                List<Position.HolisticInput> holistic) {
    }

    public record SuggestionInput(Map<String, String> choices, String note) {
    }

    public record AcceptanceInput(Boolean acceptable) {
    }

    /** A new version of the text; {@code shareWith}: the parties to give it to at once (may be empty). */
    public record VersionInput(List<TextClause> clauses, String note, List<String> shareWith) {
    }

    public record ShareInput(List<String> parties) {
    }

    public record CommentInput(String clause, String text) {
    }

    public record ProposalInput(List<TextClause> clauses, String note) {
    }

    public record VoteInput(String answer) {
    }

    public record FinalAnswerInput(String answer) {
    }
}
