package org.truce.talks;

import java.time.Instant;

/**
 * One entry of the disclosure log: who was told what, when.
 *
 * @param id          {@code dis_…}
 * @param talksId     the talks
 * @param party       the party told
 * @param kind        what kind of thing it was told
 * @param reference   the id of what it was told (a message, text version, suggestion, proposal)
 * @param summary     what it was told, in short (a package as option ids, never anyone's scores)
 * @param disclosedAt when
 * @param by          the account that disclosed it ({@code system} for the automatic reveal of an overlap)
 */
public record Disclosure(String id, String talksId, String party, DisclosureKind kind, String reference, String summary,
                         Instant disclosedAt, String by) {
}
