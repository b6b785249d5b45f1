package org.truce.reports.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.truce.access.AccountDirectory;
import org.truce.reports.NewReport;
import org.truce.reports.Reports;
import org.truce.shared.Viewer;

/**
 * The twenty claims of March-April 2025 ({@code data/claims-2025-moratorium.csv}) as reports,
 * each submitted by the demo account of the side that made it ({@code ua} or {@code ru}), with
 * the claimant organisation, the address and publication date as the source. The event date is a
 * local day read in the zone of the place (see {@code ReportValidator}); c14, an aggregate over
 * five regions, keeps no point. Idempotent by the claim id, kept as the external reference.
 */
@Component
class ReportsDemoSeed implements org.truce.shared.DemoSeed {

    static final String CLAIMS = "/data/claims-2025-moratorium.csv";
    private static final Logger log = LoggerFactory.getLogger(ReportsDemoSeed.class);

    private final Reports reports;
    private final AccountDirectory accounts;

    ReportsDemoSeed(Reports reports, AccountDirectory accounts) {
        this.reports = reports;
        this.accounts = accounts;
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public void seed(Path dataDir) {
        int added = 0;
        for (CSVRecord claim : claims()) {
            String side = claim.get("claimant_side");
            Viewer claimant = accounts.byUsername(side.toLowerCase(java.util.Locale.ROOT))
                    .map(AccountDirectory.Credentials::viewer)
                    .orElseThrow(() -> new IllegalStateException("the demo account of " + side + " is missing"));
            if (reports.submitted(claimant, claim.get("claim_id"))) {
                continue;
            }
            reports.submit(claimant, report(claim));
            added++;
        }
        log.info("demo data: {} claims added as reports", added);
    }

    static NewReport report(CSVRecord claim) {
        String latitude = claim.get("latitude");
        boolean located = !latitude.isBlank();
        NewReport.Where where = new NewReport.Where(located ? Double.valueOf(latitude) : null,
                located ? Double.valueOf(claim.get("longitude")) : null, null,
                located ? claim.get("location_precision") : null, claim.get("place"), claim.get("country"));
        String category = claim.get("facility_type");
        return new NewReport(
                new NewReport.When(null, claim.get("event_date"), "day", null),
                where,
                new NewReport.TargetInput(null, category.isBlank() ? null : category, claim.get("note")),
                claim.get("means"), claim.get("outcome"), claim.get("alleged_attacker"), null, null,
                new NewReport.SourceInput("party", claim.get("claimant_side"), claim.get("claimant"),
                        claim.get("source_address"), claim.get("published_on")),
                List.of(), null, claim.get("claim_id"));
    }

    static List<CSVRecord> claims() {
        try (InputStream in = ReportsDemoSeed.class.getResourceAsStream(CLAIMS)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + CLAIMS);
            }
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8)).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
