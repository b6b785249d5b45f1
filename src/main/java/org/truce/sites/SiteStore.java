package org.truce.sites;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where sites and their changes are stored (the database is the durable truth; {@link SiteIndex}
 * is its in-memory copy). Rows are only appended, each with the ledger sequence number of the
 * entry that recorded it.
 */
public interface SiteStore {

    /** Stores events recorded in the current write, in order. */
    void append(List<SiteEvent.Sequenced> events);

    /** The site's current status as stored (read inside a write, which is serialized). */
    Optional<SiteStatus> currentStatus(String siteId);

    /** Of these keys ({@link #sourceKey}), those an owner has already nominated. */
    Set<String> takenSourceKeys(Collection<String> keys);

    /** A site's events in ledger order (its history); empty for an unknown site. */
    List<SiteEvent.Sequenced> events(String siteId);

    /** Every site event with a sequence number in {@code [fromSeq, toSeq]}, in ledger order. */
    List<SiteEvent.Sequenced> eventsBetween(long fromSeq, long toSeq);

    /** Every site event, in ledger order, for a rebuild. */
    List<SiteEvent.Sequenced> allEvents();

    /** The event recorded at this sequence number for this site, if any. */
    Optional<SiteEvent> event(String siteId, long seq);

    /** The owner party of a stored site. */
    Optional<String> owner(String siteId);

    /** Identifies a site by its source: one owner does not nominate the same source record twice. */
    static String sourceKey(String owner, String source, String sourceRef) {
        return owner + SEPARATOR + source + SEPARATOR + sourceRef;
    }

    /** Cannot occur in a party code or in validated text. */
    String SEPARATOR = "\u0000";
}
