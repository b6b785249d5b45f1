package org.truce.talks;

import java.time.Instant;

/**
 * A message in the private channel between the mediator and one party.
 *
 * @param id      {@code msg_…}
 * @param talksId the talks
 * @param channel the party whose channel it is
 * @param from    {@code mediator} or the party's code
 * @param type    proposal, question, information, non-binding remark, binding statement
 * @param text    the message
 * @param sentAt  when sent
 */
public record ChannelMessage(String id, String talksId, String channel, String from, MessageType type, String text,
                             Instant sentAt) {

    public static final String MEDIATOR = "mediator";

    public boolean fromMediator() {
        return MEDIATOR.equals(from);
    }
}
