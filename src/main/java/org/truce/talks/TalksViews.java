package org.truce.talks;

import java.time.Instant;
import java.util.List;

/** The shapes the talks API answers with, each already filtered for the viewer who asked. */
public final class TalksViews {

    private TalksViews() {
    }

    /**
     * @param status the latest timeline event's kind ({@code suspended}), {@code concluded} once
     *               terms were drafted, or {@code opened} before any event
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
        List<TimelineEvent> timeline = state.timeline();
        return timeline.isEmpty() ? "opened" : timeline.get(timeline.size() - 1).kind().code();
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
