package org.truce.reports;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Storage of reports; writes run inside the write path's transaction. Reports are never updated. */
public interface ReportStore {

    void insert(Report report, long ledgerSeq);

    /** Inserts many reports in JDBC batches. */
    void insertAll(List<Report> reports, List<Long> ledgerSeqs);

    /** After a bulk import, in its write: a large one has the database sample the reports again (its planner). */
    void afterBulkInsert(long rows);

    Optional<Report> report(String id);

    /** The reports with these ids that exist, in no particular order: one query per thousand ids. */
    List<Report> reports(Collection<String> ids);

    /** The report's ledger sequence number, when it exists. */
    Optional<Long> ledgerSeq(String id);

    /** The reports that correct this one (at most one is accepted, but a reader may see none). */
    Optional<String> supersededBy(String id);

    /** Whether this account already submitted a report with this external reference. */
    boolean exists(String submittedBy, String externalRef);

    /**
     * A page of the reports the visibility allows and the query selects, in id order, with at
     * most {@code query.limit() + 1} entries so the caller knows whether a next page exists.
     */
    List<ReportView> page(ReportQuery query, Visibility visibility);

    long count(ReportQuery query, Visibility visibility);

    /** Ids of the reports that list this evidence file. */
    List<String> listing(String sha256);

    /** Every report, in id order, streamed (for the verification engine's rebuild). */
    void forEach(Consumer<Report> consumer);

    /**
     * Which reports a reader may see: all, or those owned by {@code owner} plus the {@code ids}
     * disclosed to the reader.
     */
    record Visibility(boolean all, String owner, Collection<String> ids) {
        public static final Visibility ALL = new Visibility(true, null, List.of());
    }
}
