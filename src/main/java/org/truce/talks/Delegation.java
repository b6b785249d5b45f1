package org.truce.talks;

import java.time.Instant;
import java.util.List;

/**
 * A party's delegation as the mediator last recorded it.
 *
 * @param id         {@code dlg_…}
 * @param talksId    the talks
 * @param party      whose delegation
 * @param members    its members and their roles
 * @param recordedAt when recorded
 */
public record Delegation(String id, String talksId, String party, List<Member> members, Instant recordedAt) {

    public Delegation {
        members = List.copyOf(members);
    }

    /** @param name as the mediator may name them; @param role head of delegation, expert, legal adviser … */
    public record Member(String name, String role) {
    }
}
