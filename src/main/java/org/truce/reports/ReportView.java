package org.truce.reports;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A report as a reader sees it: the immutable report and, when a later report that the reader
 * may see corrects it, that report's id.
 */
public record ReportView(@JsonUnwrapped Report report, String supersededBy) {

    public boolean current() {
        return supersededBy == null;
    }
}
