package org.truce.access.store;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.truce.access.AccessRules;
import org.truce.access.AccountDirectory;
import org.truce.access.Action;
import org.truce.access.Facts;
import org.truce.access.Kind;
import org.truce.ledger.AppendedEntry;
import org.truce.ledger.LedgerListener;
import org.truce.ledger.LedgerRecordSource;
import org.truce.shared.Viewer;

/**
 * Ties the access feature to the ledger: the directory follows account and token entries, and
 * the records behind those entries can be re-derived for an audit (by the mediator, who manages
 * accounts; party records are public).
 */
@Component
public class AccountsLedgerBinding implements LedgerListener, LedgerRecordSource {

    private final JdbcAccountStore store;
    private final AccountDirectory directory;

    public AccountsLedgerBinding(JdbcAccountStore store, AccountDirectory directory) {
        this.store = store;
        this.directory = directory;
    }

    @Override
    public int order() {
        return -100;
    }

    @Override
    public void rebuild() {
        store.loadDirectory(directory);
    }

    @Override
    public void onAppended(List<AppendedEntry> entries) {
        if (entries.stream().anyMatch(e -> e.action().startsWith("account.") || e.action().startsWith("token."))) {
            store.loadDirectory(directory);
        }
    }

    @Override
    public boolean handles(String action) {
        return action.startsWith("party.") || action.startsWith("account.") || action.startsWith("token.");
    }

    @Override
    public Optional<Object> content(String action, String subject, long seq, Viewer viewer) {
        if (action.startsWith("party.")) {
            return store.party(subject).map(p -> p);
        }
        if (!AccessRules.allows(viewer, Kind.ACCOUNT, Action.MANAGE, Facts.NONE)) {
            return Optional.empty();
        }
        if (action.startsWith("account.")) {
            return store.account(subject).map(a -> a);
        }
        return store.tokenRecord(subject, seq).map(t -> t);
    }
}
