package org.truce.sites.store;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.truce.ledger.AppendedEntry;
import org.truce.ledger.LedgerListener;
import org.truce.ledger.LedgerRecordSource;
import org.truce.shared.Viewer;
import org.truce.sites.SiteIndex;
import org.truce.sites.SiteVisibility;

/**
 * Ties the site registry to the ledger: the in-memory {@link SiteIndex} is rebuilt at start and
 * follows every committed {@code site.*} entry (of this instance or another on the same
 * database), and the record behind each entry can be re-derived for whoever may see the site.
 */
@Component
public class SitesLedgerBinding implements LedgerListener, LedgerRecordSource {

    private final JdbcSiteStore store;
    private final SiteIndex index;
    private final SiteVisibility visibility;

    public SitesLedgerBinding(JdbcSiteStore store, SiteIndex index, SiteVisibility visibility) {
        this.store = store;
        this.index = index;
        this.visibility = visibility;
    }

    @Override
    public void rebuild() {
        index.rebuild(store.allEvents());
    }

    @Override
    public void onAppended(List<AppendedEntry> entries) {
        long from = Long.MAX_VALUE;
        long to = Long.MIN_VALUE;
        for (AppendedEntry entry : entries) {
            if (handles(entry.action())) {
                from = Math.min(from, entry.seq());
                to = Math.max(to, entry.seq());
            }
        }
        if (from <= to) {
            index.apply(store.eventsBetween(from, to));
        }
    }

    @Override
    public boolean handles(String action) {
        return action.startsWith("site.");
    }

    @Override
    public Optional<Object> content(String action, String subject, long seq, Viewer viewer) {
        Optional<String> owner = store.owner(subject);
        if (owner.isEmpty() || !visibility.sees(viewer, owner.get())) {
            return Optional.empty();
        }
        return store.event(subject, seq).filter(event -> event.action().equals(action)).map(event -> event.content());
    }
}
