package org.truce.talks;

import java.time.Instant;
import java.util.List;

/** The shapes the talks API answers with, each already filtered for the viewer who asked. */
public final class TalksViews {

    private TalksViews() {
    }

    /**
     * @param status the kind of the latest timeline event that is not an announcement ({@code suspended}),
     *               {@code scheduled} when all are, {@code concluded} once terms were drafted, or
     *               {@code opened} before any event
     */
    public record TalksSummary(String id, String title, String mediator, String venue, List<String> parties, String status,
                               Instant createdAt) {
    }

    /** The talks as every participant (and monitor) sees them: no position, message, comment or answer. */
    public record TalksOverview(TalksProcess talks, String status, List<Delegation> delegations, List<Round> rounds,
                                List<TimelineEvent> timeline, TalksConcluded conclusion) {
    }

    static String status(TalksState state) {
        if (state.conclusion().isPresent()) {
            return EventKind.CONCLUDED.code();
        }
        // an announcement does not change where the talks stand: suspended talks with a call scheduled are still suspended
        List<TimelineEvent> timeline = state.timeline();
        for (int i = timeline.size() - 1; i >= 0; i--) {
            if (timeline.get(i).kind() != EventKind.SCHEDULED) {
                return timeline.get(i).kind().code();
            }
        }
        return timeline.isEmpty() ? "opened" : EventKind.SCHEDULED.code();
    }

    static TalksSummary summary(TalksState state) {
        TalksProcess p = state.process();
        return new TalksSummary(p.id(), p.title(), p.mediator(), p.venue(), p.parties(), status(state), p.createdAt());
    }

    static TalksOverview overview(TalksState state) {
        return new TalksOverview(state.process(), status(state), List.copyOf(state.delegations().values()),
                List.copyOf(state.rounds()), state.timeline(), state.conclusion().orElse(null));
    }
}
