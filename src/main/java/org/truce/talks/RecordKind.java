package org.truce.talks;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of talks record, each with its ledger action and the type of its content. */
public enum RecordKind {
    TALKS("talks.created", "tlk", TalksProcess.class),
    DELEGATION("talks.delegation_recorded", "dlg", Delegation.class),
    ROUND("talks.round_added", "rnd", Round.class),
    EVENT("talks.event_recorded", "tev", TimelineEvent.class),
    MESSAGE("talks.message_sent", "msg", ChannelMessage.class),
    DISCLOSURE("talks.disclosed", "dis", Disclosure.class),
    POSITION("talks.position_stated", "pos", Position.class),
    SUGGESTION("talks.package_suggested", "sug", Suggestion.class),
    ACCEPTANCE("talks.package_answered", "acp", Acceptance.class),
    OVERLAP("talks.overlap_revealed", "ovl", OverlapRevealed.class),
    TEXT_VERSION("talks.text_written", "txt", TextVersion.class),
    TEXT_SHARE("talks.text_shared", "shr", TextShared.class),
    COMMENT("talks.text_commented", "cmt", TextComment.class),
    PROPOSAL("talks.change_proposed", "prp", ChangeProposal.class),
    VOTE("talks.change_voted", "vot", VetoVote.class),
    FINAL_ANSWER("talks.final_answered", "fin", FinalAnswer.class),
    CONCLUSION("talks.agreement_drafted", "cnc", TalksConcluded.class);

    private final String action;
    private final String idPrefix;
    private final Class<?> type;

    RecordKind(String action, String idPrefix, Class<?> type) {
        this.action = action;
        this.idPrefix = idPrefix;
        this.type = type;
    }

    /** The ledger action, {@code talks.message_sent}. */
    public String action() {
        return action;
    }

    /** The prefix of the records' ids, {@code msg}. */
    public String idPrefix() {
        return idPrefix;
    }

    public Class<?> type() {
        return type;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<RecordKind> byCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
    }

    public static Optional<RecordKind> byAction(String action) {
        return Arrays.stream(values()).filter(k -> k.action.equals(action)).findFirst();
    }
}
