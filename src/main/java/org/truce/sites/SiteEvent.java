package org.truce.sites;

import java.util.Map;

/**
 * One stored change to a site, each recorded as one ledger entry: the nomination, a status
 * change, a change of the contested-control flag. Rows are only ever appended; a site's current
 * state is derived from its events in ledger order.
 */
public sealed interface SiteEvent permits Nomination, StatusChange, ControlChange {

    String siteId();

    /** The ledger action: {@code site.nominated}, {@code site.accepted}, {@code site.control_changed}, … */
    String action();

    /** What the ledger entry commits to; re-derivable exactly from the stored row. */
    Map<String, Object> content();

    /** An event with the ledger sequence number it was recorded at. */
    record Sequenced(long seq, SiteEvent event) {
    }
}
