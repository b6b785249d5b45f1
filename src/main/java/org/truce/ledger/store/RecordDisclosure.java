package org.truce.ledger.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.truce.ledger.DisclosedRecord;
import org.truce.ledger.DisclosedRecord.Status;
import org.truce.ledger.LedgerRecordSource;
import org.truce.shared.Role;
import org.truce.shared.Viewer;

/**
 * For a range of entries, the records behind them that a viewer may see, re-derived by the
 * feature that owns each action ({@link LedgerRecordSource}), with the salts of their commitments.
 * A viewer learns nothing of an entry whose record it may not see: not its action, not that it
 * was skipped. Only the mediator, who sees every record, is told of records that are gone or
 * that no feature claims.
 */
@Component
public class RecordDisclosure {

    private final LedgerEntryReader reader;
    private final List<LedgerRecordSource> sources;

    public RecordDisclosure(LedgerEntryReader reader, List<LedgerRecordSource> sources) {
        this.reader = reader;
        this.sources = List.copyOf(sources);
    }

    public List<DisclosedRecord> disclose(Viewer viewer, long start, long end, int limit) {
        List<DisclosedRecord> records = new ArrayList<>();
        for (LedgerEntryReader.PrivateEntry entry : reader.privateEntries(start, end, limit)) {
            disclose(viewer, entry).ifPresent(records::add);
        }
        return records;
    }

    public Optional<DisclosedRecord> disclose(Viewer viewer, long seq) {
        return reader.privateEntry(seq).flatMap(entry -> disclose(viewer, entry));
    }

    private Optional<DisclosedRecord> disclose(Viewer viewer, LedgerEntryReader.PrivateEntry entry) {
        boolean seesAll = viewer.is(Role.MEDIATOR);
        Optional<LedgerRecordSource> source = sources.stream().filter(s -> s.handles(entry.action())).findFirst();
        if (source.isEmpty()) {
            return seesAll ? Optional.of(withoutContent(entry, Status.UNHANDLED)) : Optional.empty();
        }
        Optional<Object> content = source.get().content(entry.action(), entry.subject(), entry.seq(), viewer);
        if (content.isEmpty()) {
            return seesAll ? Optional.of(withoutContent(entry, Status.MISSING)) : Optional.empty();
        }
        return Optional.of(new DisclosedRecord(entry.seq(), Status.DISCLOSED, entry.action(), entry.subject(),
                entry.actor(), entry.salt(), content.get()));
    }

    private static DisclosedRecord withoutContent(LedgerEntryReader.PrivateEntry entry, Status status) {
        return new DisclosedRecord(entry.seq(), status, entry.action(), entry.subject(), entry.actor(), null, null);
    }
}
