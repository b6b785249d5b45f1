package org.truce.agreement.store;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.truce.access.AccessRules;
import org.truce.access.Action;
import org.truce.access.Kind;
import org.truce.agreement.Agreement;
import org.truce.agreement.AgreementRegister;
import org.truce.agreement.Agreements;
import org.truce.ledger.AppendedEntry;
import org.truce.ledger.LedgerListener;
import org.truce.ledger.LedgerRecordSource;
import org.truce.shared.Viewer;

/**
 * Ties agreements to the ledger: the in-memory register follows agreement and key entries, and
 * the record behind each entry can be re-derived for an audit by whoever may see it (keys by
 * anyone; texts and signatures by those who see the version: everyone concerned, or anyone once
 * every party signed it).
 */
@Component
public class AgreementsLedgerBinding implements LedgerListener, LedgerRecordSource {

    private final JdbcAgreementStore store;
    private final AgreementRegister register;

    public AgreementsLedgerBinding(JdbcAgreementStore store, AgreementRegister register) {
        this.store = store;
        this.register = register;
    }

    @Override
    public void rebuild() {
        register.replace(store.agreements(), store.allKeys());
    }

    @Override
    public void onAppended(List<AppendedEntry> entries) {
        if (entries.stream().anyMatch(e -> handles(e.action()))) {
            rebuild();
        }
    }

    @Override
    public boolean handles(String action) {
        return action.startsWith("agreement.") || action.startsWith("party_key.");
    }

    @Override
    public Optional<Object> content(String action, String subject, long seq, Viewer viewer) {
        if (action.startsWith("party_key.")) {
            return store.keyAt(seq).filter(k -> k.keyId().equals(subject)).map(k -> k);
        }
        Optional<Agreement> agreement = store.agreement(subject);
        if (agreement.isEmpty() || !AccessRules.allows(viewer, Kind.AGREEMENT, Action.READ, Agreements.facts(agreement.get()))) {
            return Optional.empty();
        }
        boolean seesDrafts = Agreements.seesDrafts(viewer, agreement.get());
        if (action.equals("agreement.signed")) {
            return store.signatureAt(seq).filter(s -> s.agreementId().equals(subject))
                    .filter(s -> seesDrafts || signedByAll(agreement.get(), s.version())).map(s -> s);
        }
        return store.textAt(seq).filter(t -> t.agreementId().equals(subject))
                .filter(t -> seesDrafts || isFinalSignedText(agreement.get(), t.version(), t.revision())).map(t -> t);
    }

    private static boolean signedByAll(Agreement agreement, int version) {
        return agreement.version(version).map(v -> v.signedByAll()).orElse(false);
    }

    private static boolean isFinalSignedText(Agreement agreement, int version, int revision) {
        return agreement.version(version).map(v -> v.signedByAll() && v.revision() == revision).orElse(false);
    }
}
