package org.truce.talks;

import java.util.List;
import java.util.Optional;

/** Storage of talks records; records are only ever appended, inside the write path. */
public interface TalksStore {

    /** Every record of one talks process, in ledger order; empty when there is no such talks. */
    List<TalksRecord> records(String talksId);

    /** The ids of every talks process, oldest first. */
    List<String> talksIds();

    /** The record behind a ledger entry. */
    Optional<TalksRecord> recordAt(long seq);

    /**
     * Appends a record. Refuses (false) a record whose unique key is taken, whatever the caller
     * checked before.
     */
    boolean insert(TalksRecord record);
}
