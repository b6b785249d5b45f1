package org.truce.reports.store;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.truce.ledger.LedgerRecordSource;
import org.truce.reports.Evidence;
import org.truce.reports.EvidenceStore;
import org.truce.reports.EvidenceUpload;
import org.truce.reports.Report;
import org.truce.reports.ReportStore;
import org.truce.reports.Reports;
import org.truce.shared.Viewer;

/** Rebuilds, for an audit, what the report and evidence entries committed to, for a viewer who may read it. */
@Component
public class ReportsLedgerSource implements LedgerRecordSource {

    private final ReportStore reports;
    private final EvidenceStore evidence;
    private final Reports reading;
    private final Evidence files;

    public ReportsLedgerSource(ReportStore reports, EvidenceStore evidence, Reports reading, Evidence files) {
        this.reports = reports;
        this.evidence = evidence;
        this.reading = reading;
        this.files = files;
    }

    @Override
    public boolean handles(String action) {
        return action.equals(Report.SUBMITTED) || action.equals(EvidenceUpload.UPLOADED);
    }

    @Override
    public Optional<Object> content(String action, String subject, long seq, Viewer viewer) {
        if (action.equals(Report.SUBMITTED)) {
            return reports.report(subject)
                    .filter(r -> reports.ledgerSeq(r.id()).map(s -> s == seq).orElse(false))
                    .filter(r -> reading.mayRead(viewer, r))
                    .map(r -> r);
        }
        return evidence.uploadAt(seq)
                .filter(u -> u.sha256().equals(subject))
                .filter(u -> u.uploadedBy().equals(viewer.actorId()) || files.mayRead(viewer, u.sha256()))
                .map(u -> u);
    }
}
