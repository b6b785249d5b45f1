package org.truce.talks.store;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.truce.ledger.LedgerRecordSource;
import org.truce.shared.Viewer;
import org.truce.talks.RecordKind;
import org.truce.talks.TalksJson;
import org.truce.talks.TalksRecord;
import org.truce.talks.TalksState;
import org.truce.talks.TalksStore;
import org.truce.talks.TalksVisibility;

/**
 * The record behind each talks entry, for an audit: the stored canonical JSON, to whoever may read
 * that record ({@link TalksVisibility}). A party asking for the other party's position, messages,
 * comments or answers is told nothing, as through the talks API.
 */
@Component
public class TalksLedgerBinding implements LedgerRecordSource {

    private final TalksStore store;

    public TalksLedgerBinding(TalksStore store) {
        this.store = store;
    }

    @Override
    public boolean handles(String action) {
        return RecordKind.byAction(action).isPresent();
    }

    @Override
    public Optional<Object> content(String action, String subject, long seq, Viewer viewer) {
        Optional<TalksRecord> record = store.recordAt(seq)
                .filter(r -> r.id().equals(subject) && r.kind().action().equals(action));
        if (record.isEmpty()) {
            return Optional.empty();
        }
        Optional<TalksState> state = TalksState.of(store.records(record.get().talksId()));
        if (state.isEmpty() || !TalksVisibility.sees(viewer, record.get(), state.get())) {
            return Optional.empty();
        }
        return Optional.of(TalksJson.tree(record.get().content()));
    }
}
