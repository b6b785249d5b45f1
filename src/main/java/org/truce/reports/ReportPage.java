package org.truce.reports;

import java.util.List;

/** One page of reports, oldest first; {@code next} is the cursor of the following page, or null. */
public record ReportPage(List<ReportView> reports, String next) {
}
