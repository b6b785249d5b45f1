package org.truce.reports;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;

import org.truce.shared.FieldProblem;
import org.truce.shared.InvalidInput;
import org.truce.shared.Viewer;

/**
 * The first pass of a bulk import. Rows are validated in batches on a small pool while the file
 * is still being read (validation is pure, and the rest of the machine is idle meanwhile); the
 * results are then taken in file order, where references to stored things are checked, problems
 * collected (at most {@link #MAX_ROW_PROBLEMS}) and valid claims spooled. Memory stays bounded:
 * at most {@link #IN_FLIGHT} batches wait at any time.
 */
final class BulkValidation {

    static final int MAX_ROW_PROBLEMS = 1000;
    private static final int BATCH = 500;
    private static final int IN_FLIGHT = 8;

    /** Checks a claim's references to stored things (evidence, the corrected report), in file order. */
    @FunctionalInterface
    interface References {
        void check(Viewer submitter, Claim claim, Problems problems, Set<String> supersededInFile);
    }

    private record Row(long number, NewReport input, UnaryOperator<String> names, List<FieldProblem> unreadable) {
    }

    private record Checked(Row row, Claim claim, List<FieldProblem> problems) {
    }

    private final ReportValidator validator;
    private final References references;
    private final Viewer submitter;
    private final Instant now;
    private final ClaimSpool spool;
    private final ExecutorService pool;
    private final ArrayDeque<Future<List<Checked>>> pending = new ArrayDeque<>();
    private final List<FieldProblem> problems = new ArrayList<>();
    private final Set<String> superseded = new HashSet<>();
    private List<Row> batch = new ArrayList<>(BATCH);
    private long rows;
    private long badRows;

    BulkValidation(ReportValidator validator, References references, Viewer submitter, Instant now, ClaimSpool spool,
                   ExecutorService pool) {
        this.validator = validator;
        this.references = references;
        this.submitter = submitter;
        this.now = now;
        this.spool = spool;
        this.pool = pool;
    }

    void row(long number, NewReport input, UnaryOperator<String> names, List<FieldProblem> unreadable) {
        batch.add(new Row(number, input, names, unreadable));
        if (batch.size() == BATCH) {
            submit();
        }
    }

    /** Takes every remaining result; throws the problems of every bad row, or when there was no row. */
    void finish() {
        if (!batch.isEmpty()) {
            submit();
        }
        while (!pending.isEmpty()) {
            take();
        }
        if (badRows > 0) {
            List<FieldProblem> all = new ArrayList<>(problems);
            all.add(new FieldProblem("rows", badRows + " of " + rows + " rows refused; nothing was imported"
                    + (problems.size() == MAX_ROW_PROBLEMS ? " (only the first " + MAX_ROW_PROBLEMS
                    + " problems are listed)" : "")));
            throw new InvalidInput(all);
        }
        if (rows == 0) {
            throw InvalidInput.of("body", "the file holds no reports");
        }
    }

    /** Stops the validation of what is still queued (the read failed). */
    void abandon() {
        pending.forEach(future -> future.cancel(true));
        pending.clear();
    }

    private void submit() {
        List<Row> rowsToCheck = batch;
        batch = new ArrayList<>(BATCH);
        pending.add(pool.submit(() -> rowsToCheck.stream().map(this::validate).toList()));
        while (pending.size() > IN_FLIGHT) {
            take();
        }
    }

    private Checked validate(Row row) {
        Problems found = Problems.forRow(row.number(), row.names());
        Claim claim = row.unreadable().isEmpty() ? validator.validate(row.input(), submitter, now, found) : null;
        List<FieldProblem> list = new ArrayList<>();
        row.unreadable().forEach(p -> list.add(new FieldProblem("row " + row.number() + ": " + p.field(), p.reason())));
        list.addAll(found.list());
        return new Checked(row, claim, list);
    }

    private void take() {
        List<Checked> checked = BulkBatches.take(pending.removeFirst(), "validating");
        for (Checked result : checked) {
            merge(result);
        }
    }

    private void merge(Checked result) {
        rows++;
        List<FieldProblem> found = new ArrayList<>(result.problems());
        if (result.claim() != null) {
            Problems referenceProblems = Problems.forRow(result.row().number(), result.row().names());
            references.check(submitter, result.claim(), referenceProblems, superseded);
            found.addAll(referenceProblems.list());
        }
        if (!found.isEmpty()) {
            badRows++;
            for (FieldProblem problem : found) {
                if (problems.size() < MAX_ROW_PROBLEMS) {
                    problems.add(problem);
                }
            }
        } else if (badRows == 0) {
            if (result.claim().supersedes() != null) {
                superseded.add(result.claim().supersedes());
            }
            spool.add(result.claim());
        }
    }
}
