package org.truce.ui.web.sites;

import java.time.Instant;

import org.truce.sites.Actor;
import org.truce.sites.ControlChange;
import org.truce.sites.Nomination;
import org.truce.sites.SiteEvent;
import org.truce.sites.StatusChange;

/**
 * One line of a site's history as the page shows it, with the ledger entry that records it.
 *
 * @param status           the status it set, or null for a control change
 * @param controlContested the control flag it set, or null for a status change
 */
record SiteHistoryRow(long seq, String action, String status, Boolean controlContested, String reason, Actor by,
                      Instant at) {

    static SiteHistoryRow of(SiteEvent.Sequenced sequenced) {
        SiteEvent event = sequenced.event();
        if (event instanceof Nomination n) {
            return new SiteHistoryRow(sequenced.seq(), n.action(), "nominated",
                    n.controlContested() ? Boolean.TRUE : null, n.controlReason(), n.by(), n.at());
        }
        if (event instanceof StatusChange c) {
            return new SiteHistoryRow(sequenced.seq(), c.action(), c.status().code(), null, c.reason(), c.by(), c.at());
        }
        ControlChange c = (ControlChange) event;
        return new SiteHistoryRow(sequenced.seq(), c.action(), null, c.contested(), c.reason(), c.by(), c.at());
    }
}
