package org.truce.verification;

import java.util.Set;

import org.truce.reports.ReportDisclosure;

/**
 * Which claims the assessments disclosed: a claim of an incident put to a party is shared with
 * that party (only the claims against it, as they stood when put); the claims of an incident with
 * a published finding are public.
 */
public final class ClaimDisclosure implements ReportDisclosure {

    private final AssessmentIndex index;

    public ClaimDisclosure(AssessmentIndex index) {
        this.index = index;
    }

    @Override
    public Set<String> sharedWith(String reportId) {
        return index.reportSharedWith(reportId);
    }

    @Override
    public boolean published(String reportId) {
        return index.reportPublished(reportId);
    }

    @Override
    public Set<String> disclosedTo(String party) {
        return index.reportsDisclosedTo(party);
    }

    @Override
    public Set<String> publishedReports() {
        return index.publishedReports();
    }
}
