package org.truce.reports;

import java.util.Set;

/**
 * Which reports were disclosed beyond their submitter: shared with a party (a claim put to the
 * accused) or published. The verification feature decides that and implements this SPI; without
 * an implementation nothing is shared or published. Every read of reports and of their evidence
 * (one, a list, a count) asks it.
 */
public interface ReportDisclosure {

    /** The parties a report was shared with. */
    Set<String> sharedWith(String reportId);

    /** Whether a report was published. */
    boolean published(String reportId);

    /** Every report shared with the party or published: what a party may read besides its own. */
    Set<String> disclosedTo(String party);

    /** Every published report: what the public may read. */
    Set<String> publishedReports();

    /** Nothing disclosed: the behaviour while no feature decides disclosure. */
    ReportDisclosure NOTHING = new ReportDisclosure() {
        @Override
        public Set<String> sharedWith(String reportId) {
            return Set.of();
        }

        @Override
        public boolean published(String reportId) {
            return false;
        }

        @Override
        public Set<String> disclosedTo(String party) {
            return Set.of();
        }

        @Override
        public Set<String> publishedReports() {
            return Set.of();
        }
    };
}
