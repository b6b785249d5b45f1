package org.truce.reports;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import org.truce.access.AccessRules;
import org.truce.access.Action;
import org.truce.access.Facts;
import org.truce.access.Kind;
import org.truce.shared.Ids;
import org.truce.shared.InvalidInput;
import org.truce.shared.NotFound;
import org.truce.shared.Recording;
import org.truce.shared.Role;
import org.truce.shared.Viewer;
import org.truce.shared.WritePath;

/**
 * Report intake and reading. A report is immutable once accepted; a correction is a new report
 * that supersedes it. Parties submit and read their own, monitors and the mediator read all, and
 * nobody learns of a report they may not read (not from a get, a list, a count or an error).
 *
 * <p>The verification engine reads reports through {@link #report(String)}, {@link #forEach} and
 * {@link #supersededBy(String)} (no viewer: it filters for its own readers with
 * {@link #mayRead}), following the ledger's {@link Report#SUBMITTED} entries.
 */
public final class Reports {

    private final WritePath writes;
    private final ReportStore store;
    private final ReportValidator validator;
    private final ReportAccess access;
    private final Evidence evidence;
    private final Clock clock;
    /** Validates the rows of bulk imports while their files are still being read. */
    private final ExecutorService validators = Executors.newFixedThreadPool(
            Math.max(2, Runtime.getRuntime().availableProcessors()), runnable -> {
                Thread thread = new Thread(runnable, "truce-bulk-validation");
                thread.setDaemon(true);
                return thread;
            });

    public Reports(WritePath writes, ReportStore store, ReportValidator validator, ReportAccess access,
                   Evidence evidence, Clock clock) {
        this.writes = writes;
        this.store = store;
        this.validator = validator;
        this.access = access;
        this.evidence = evidence;
        this.clock = clock;
    }

    /** Validates and accepts one report; returns it once durable. */
    public ReportView submit(Viewer submitter, NewReport input) {
        requireSubmitter(submitter);
        Problems problems = Problems.forRequest();
        Claim claim = validator.validate(input, submitter, clock.instant(), problems);
        if (claim != null) {
            checkReferences(submitter, claim, problems, Set.of());
        }
        problems.throwIfAny();
        Report report = writes.write(submitter, tx -> {
            Report accepted = Report.accept(Ids.next(Report.ID_PREFIX), tx.now(), submitter.accountId(),
                    submitter.role().code(), owner(submitter), claim);
            long seq = tx.record(Recording.confidential(Report.SUBMITTED, accepted.id(), accepted));
            store.insert(accepted, seq);
            return accepted;
        });
        return new ReportView(report, null);
    }

    /**
     * Validates every row first (naming each bad one as {@code row N: field}), then accepts all
     * rows in one write, or none. The validated claims wait in {@code spool}, never all in memory.
     */
    public BulkResult importBulk(Viewer submitter, BulkRows rows, ClaimSpool spool) {
        requireSubmitter(submitter);
        long started = System.nanoTime();
        BulkValidation validation = new BulkValidation(validator, this::checkReferences, submitter, clock.instant(),
                spool, validators);
        try {
            rows.read(validation::row);
        } catch (RuntimeException e) {
            validation.abandon();
            throw e;
        }
        validation.finish();
        long validated = System.nanoTime();
        String owner = owner(submitter);
        long[] written = {0};
        BulkResult result = writes.write(submitter, tx -> {
            BulkWrite bulk = new BulkWrite(tx, store, validators);
            long[] count = {0};
            String[] ids = {null, null};
            try {
                spool.forEach(claim -> {
                    Report accepted = Report.accept(Ids.next(Report.ID_PREFIX), tx.now(), submitter.accountId(),
                            submitter.role().code(), owner, claim);
                    bulk.add(accepted);
                    if (ids[0] == null) {
                        ids[0] = accepted.id();
                    }
                    ids[1] = accepted.id();
                    count[0]++;
                });
                bulk.finish();
                store.afterBulkInsert(count[0]);
            } catch (RuntimeException | Error e) {
                bulk.abandon();
                throw e;
            }
            written[0] = System.nanoTime();
            return new BulkResult(count[0], ids[0], ids[1]);
        });
        long done = System.nanoTime();
        LOG.log(System.Logger.Level.INFO, () -> String.format(java.util.Locale.ROOT,
                "bulk import of %,d reports: read and validated in %.1f s, written in %.1f s, committed and followed in %.1f s",
                result.imported(), (validated - started) / 1e9, (written[0] - validated) / 1e9, (done - written[0]) / 1e9));
        return result;
    }

    private static final System.Logger LOG = System.getLogger(Reports.class.getName());


    /** One report, as the viewer may see it; not found when it may not. */
    public ReportView get(Viewer viewer, String id) {
        Report report = (Ids.isWellFormed(id, Report.ID_PREFIX) ? store.report(id) : Optional.<Report>empty())
                .orElseThrow(() -> new NotFound("report", id));
        access.requireReadable(viewer, report);
        return view(viewer, report);
    }

    public ReportPage list(Viewer viewer, ReportQuery query) {
        List<ReportView> rows = store.page(query, access.visibility(viewer));
        boolean more = rows.size() > query.limit();
        List<ReportView> page = more ? rows.subList(0, query.limit()) : rows;
        return new ReportPage(List.copyOf(page), more ? page.get(page.size() - 1).report().id() : null);
    }

    public long count(Viewer viewer, ReportQuery query) {
        return store.count(query, access.visibility(viewer));
    }

    /** Whether this account already submitted a report with this reference (for idempotent imports). */
    public boolean submitted(Viewer submitter, String externalRef) {
        return store.exists(submitter.accountId(), externalRef);
    }

    // ---- for the verification engine: no viewer, every report; filter with mayRead for a reader ----

    /** A report by id, whoever may read it. */
    public Optional<Report> report(String id) {
        return store.report(id);
    }

    /** Every report in id order (which is submission order), streamed. */
    public void forEach(Consumer<Report> consumer) {
        store.forEach(consumer);
    }

    /** The report that corrects this one, if any. */
    public Optional<String> supersededBy(String id) {
        return store.supersededBy(id);
    }

    public boolean mayRead(Viewer viewer, Report report) {
        return access.mayRead(viewer, report);
    }

    /** The facts the access rules decide a report's readers by (owner, shared with, published). */
    public Facts facts(Report report) {
        return access.facts(report);
    }

    private ReportView view(Viewer viewer, Report report) {
        String by = store.supersededBy(report.id())
                .filter(id -> store.report(id).map(r -> access.mayRead(viewer, r)).orElse(false))
                .orElse(null);
        return new ReportView(report, by);
    }

    private void checkReferences(Viewer submitter, Claim claim, Problems problems, Set<String> supersededInBatch) {
        for (String hash : claim.evidence()) {
            if (!evidence.mayRead(submitter, hash)) {
                problems.add("evidence", "no evidence file " + hash + " that you uploaded or may read; upload it "
                        + "first (POST /api/evidence)");
            }
        }
        String old = claim.supersedes();
        if (old != null) {
            Optional<Report> previous = store.report(old).filter(r -> access.mayRead(submitter, r));
            if (previous.isEmpty() || !sameSubmitterSide(submitter, previous.get())) {
                problems.add("supersedes", "no report " + old + " submitted by you");
            } else if (store.supersededBy(old).isPresent() || supersededInBatch.contains(old)) {
                problems.add("supersedes", "report " + old + " is already superseded; correct its latest version");
            }
        }
    }

    /** A party corrects its own reports; the monitors and the mediator correct theirs. */
    private static boolean sameSubmitterSide(Viewer submitter, Report previous) {
        if (previous.owner() != null) {
            return submitter.isParty(previous.owner());
        }
        return submitter.is(Role.MONITOR) || submitter.is(Role.MEDIATOR);
    }

    private static void requireSubmitter(Viewer submitter) {
        AccessRules.require(submitter, Kind.REPORT, Action.SUBMIT, Facts.ownedBy(submitter.party()));
    }

    private static String owner(Viewer submitter) {
        return submitter.is(Role.PARTY) ? submitter.party() : null;
    }
}
