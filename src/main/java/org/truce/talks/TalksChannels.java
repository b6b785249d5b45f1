package org.truce.talks;

import java.util.List;
import java.util.Set;

import org.truce.access.AccessRules;
import org.truce.access.Action;
import org.truce.access.Facts;
import org.truce.access.Kind;
import org.truce.shared.Ids;
import org.truce.shared.NotFound;
import org.truce.shared.Viewer;
import org.truce.talks.TalksInputs.MessageInput;

/**
 * The private channel between the mediator and each party, and the disclosure log: every message
 * the mediator sends is logged as a disclosure to that party. A party reads only its own channel;
 * the other channel, and any of its messages asked for by id, answer "not found".
 */
public final class TalksChannels {

    static final int MAX_MESSAGE = 20_000;

    private final TalksRecords records;

    public TalksChannels(TalksRecords records) {
        this.records = records;
    }

    public List<ChannelMessage> messages(Viewer viewer, String talksId, String party) {
        TalksState state = channel(viewer, talksId, party);
        return state.messages().stream().filter(m -> m.channel().equals(party)).toList();
    }

    public ChannelMessage message(Viewer viewer, String talksId, String messageId) {
        Ids.requireWellFormed(messageId, RecordKind.MESSAGE.idPrefix(), "messageId");
        TalksState state = records.visible(viewer, talksId);
        return state.messages().stream().filter(m -> m.id().equals(messageId))
                .filter(m -> TalksVisibility.channel(viewer, m.channel()))
                .findFirst().orElseThrow(() -> new NotFound("message", messageId));
    }

    /**
     * Sends a message in the party's channel: the mediator to the party (logged as a disclosure),
     * or the party to the mediator.
     */
    public ChannelMessage send(Viewer viewer, String talksId, String party, MessageInput input) {
        TalksState state = channel(viewer, talksId, party);
        AccessRules.require(viewer, Kind.TALKS_MESSAGE, Action.SEND, Facts.concerning(Set.of(party)));
        Problems problems = new Problems();
        MessageType type = problems.code(input == null ? null : input.type(), "type", MessageType::byCode,
                MessageType.codes(), true);
        String text = problems.text(input == null ? null : input.text(), "text", MAX_MESSAGE, true);
        problems.throwIfAny();
        String from = viewer.party() != null ? viewer.party() : ChannelMessage.MEDIATOR;
        return records.change(viewer, state.id(), (tx, current) -> {
            ChannelMessage message = tx.append(RecordKind.MESSAGE, party, null, null,
                    (id, now) -> new ChannelMessage(id, talksId, party, from, type, text, now));
            if (message.fromMediator()) {
                tx.disclose(party, DisclosureKind.MESSAGE_SENT, message.id(), type.code() + ": " + abbreviate(text, 120));
            }
            return message;
        });
    }

    /** The disclosure log: the mediator reads all of it, a party what it was told. */
    public List<Disclosure> disclosures(Viewer viewer, String talksId) {
        TalksState state = records.visible(viewer, talksId);
        return state.disclosures().stream().filter(d -> TalksVisibility.channel(viewer, d.party())).toList();
    }

    private TalksState channel(Viewer viewer, String talksId, String party) {
        TalksState state = records.visible(viewer, talksId);
        if (!state.parties().contains(party) || !TalksVisibility.channel(viewer, party)) {
            throw new NotFound("channel", party);
        }
        return state;
    }

    static String abbreviate(String text, int max) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }
}
