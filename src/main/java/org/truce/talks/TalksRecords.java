package org.truce.talks;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.truce.access.AccessRules;
import org.truce.access.Kind;
import org.truce.shared.Conflict;
import org.truce.shared.Ids;
import org.truce.shared.NotFound;
import org.truce.shared.Recording;
import org.truce.shared.Viewer;
import org.truce.shared.WriteContext;
import org.truce.shared.WritePath;

/**
 * The talks' records: read from storage and folded into a {@link TalksState}, and appended
 * through the one write path, one confidential ledger entry per record (the entry shows nothing
 * but its commitment, not even that it is a talks record).
 */
public final class TalksRecords {

    public static final String ID_PREFIX = RecordKind.TALKS.idPrefix();

    private final WritePath writes;
    private final TalksStore store;

    public TalksRecords(WritePath writes, TalksStore store) {
        this.writes = writes;
        this.store = store;
    }

    public Optional<TalksState> find(String talksId) {
        return TalksState.of(store.records(talksId));
    }

    /** The talks, when the viewer may see them; otherwise "not found", whether or not they exist. */
    public TalksState visible(Viewer viewer, String talksId) {
        Ids.requireWellFormed(talksId, ID_PREFIX, "id");
        TalksState state = find(talksId).orElseThrow(() -> new NotFound("talks", talksId));
        AccessRules.requireVisible(viewer, Kind.TALKS, talksId, TalksVisibility.talksFacts(state.process()));
        return state;
    }

    public List<TalksState> all() {
        return store.talksIds().stream().map(this::find).flatMap(Optional::stream).toList();
    }

    public Optional<TalksRecord> recordAt(long seq) {
        return store.recordAt(seq);
    }

    /** Runs a change to existing talks on their state as of the write (re-read inside it, where writes are serialized). */
    public <T> T change(Viewer actor, String talksId, BiFunction<Appender, TalksState, T> change) {
        return writes.write(actor, tx -> {
            TalksState state = find(talksId).orElseThrow(() -> new NotFound("talks", talksId));
            return change.apply(new Appender(tx, store, talksId), state);
        });
    }

    /** Opens new talks: the first record is the process itself, whose id is the talks' id. */
    public TalksProcess open(Viewer actor, Function<Appender, TalksProcess> opening) {
        return writes.write(actor, tx -> opening.apply(new Appender(tx, store, null)));
    }

    /** Appends the records of one write. */
    public static final class Appender {

        private final WriteContext tx;
        private final TalksStore store;
        private final String talksId;

        Appender(WriteContext tx, TalksStore store, String talksId) {
            this.tx = tx;
            this.store = store;
            this.talksId = talksId;
        }

        public Instant now() {
            return tx.now();
        }

        /**
         * Appends one record: its content is built from its new id and the write's instant.
         *
         * @param party     whose record it is, or to whom it was addressed or shared; null for both parties'
         * @param ref       what it refers to, or null
         * @param uniqueKey a key that must not be taken yet, or null
         */
        public <T> T append(RecordKind kind, String party, String ref, String uniqueKey, BiFunction<String, Instant, T> content) {
            String id = Ids.next(kind.idPrefix());
            T record = content.apply(id, tx.now());
            String talks = talksId == null ? id : talksId;
            long seq = tx.record(Recording.confidential(kind.action(), id, record));
            boolean stored = store.insert(new TalksRecord(seq, id, talks, kind, party, ref, uniqueKey,
                    TalksJson.canonical(record), tx.now(), tx.actor().actorId()));
            if (!stored) {
                throw new Conflict(null, "this has already been recorded (" + kind.code() + " " + uniqueKey + ")");
            }
            return record;
        }

        /** Logs that the mediator told a party something: who, what, when. */
        public Disclosure disclose(String party, DisclosureKind kind, String reference, String summary) {
            return disclose(party, kind, reference, summary, tx.actor().actorId());
        }

        /** A disclosure made by the instance itself ({@code system}), such as the automatic reveal of an overlap. */
        public Disclosure disclose(String party, DisclosureKind kind, String reference, String summary, String by) {
            return append(RecordKind.DISCLOSURE, party, reference, null,
                    (id, now) -> new Disclosure(id, talksId, party, kind, reference, summary, now, by));
        }
    }
}
