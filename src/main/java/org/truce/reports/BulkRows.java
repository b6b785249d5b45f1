package org.truce.reports;

import java.util.List;
import java.util.function.UnaryOperator;

import org.truce.shared.FieldProblem;

/** The rows of a bulk file, read once, in order, streamed. */
public interface BulkRows {

    /** Reads every row; a structural fault of the file (no header, not JSON) is thrown as InvalidInput. */
    void read(RowConsumer consumer);

    /** One row: the report it holds, how its fields are named in the file, and what could not be read. */
    @FunctionalInterface
    interface RowConsumer {
        void row(long number, NewReport report, UnaryOperator<String> fieldNames, List<FieldProblem> unreadable);
    }
}
