package org.truce.verification.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.truce.access.AccountDirectory;
import org.truce.reports.Reports;
import org.truce.shared.DemoSeed;
import org.truce.shared.Viewer;
import org.truce.verification.IncidentFacts;
import org.truce.verification.Incidents;
import org.truce.verification.Step;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The demo's part of the engine: the twenty claims are already incidents (the engine follows the
 * reports); what the claims file says in words only, that c18-c20 hit no energy infrastructure (an
 * airfield, a city centre, a residential area; they name no facility type), the demo monitor
 * records as its reading of the target, so their determinations say "not covered: not energy
 * infrastructure". Idempotent: an incident already classified is left alone.
 */
@Component
class VerificationDemoSeed implements DemoSeed {

    private static final Logger log = LoggerFactory.getLogger(VerificationDemoSeed.class);

    static final Map<String, String> NOT_ENERGY = new LinkedHashMap<>();

    static {
        NOT_ENERGY.put("c18", "Engels airfield: a military airbase, not energy infrastructure (claims file, c18)");
        NOT_ENERGY.put("c19", "Sumy city centre: not energy infrastructure (claims file, c19)");
        NOT_ENERGY.put("c20", "a residential area of Kryvyi Rih: not energy infrastructure (claims file, c20)");
    }

    private final Incidents incidents;
    private final Reports reports;
    private final AccountDirectory accounts;

    VerificationDemoSeed(Incidents incidents, Reports reports, AccountDirectory accounts) {
        this.incidents = incidents;
        this.reports = reports;
        this.accounts = accounts;
    }

    @Override
    public int order() {
        return 500;
    }

    @Override
    public void seed(Path dataDir) {
        Viewer monitor = accounts.byUsername("monitor").map(AccountDirectory.Credentials::viewer)
                .orElseThrow(() -> new IllegalStateException("the demo monitor account is missing"));
        Map<String, String> reportByClaim = new HashMap<>();
        reports.forEach(r -> {
            if (r.externalRef() != null && NOT_ENERGY.containsKey(r.externalRef()) && r.owner() != null) {
                reportByClaim.merge(r.externalRef(), r.id(), (a, b) -> a.compareTo(b) > 0 ? a : b);
            }
        });
        int classified = 0;
        for (Map.Entry<String, String> claim : NOT_ENERGY.entrySet()) {
            String reportId = reportByClaim.get(claim.getKey());
            if (reportId == null) {
                continue;
            }
            Optional<IncidentFacts> incident = incidents.all().filter(i -> i.reportIds().contains(reportId)).findFirst();
            if (incident.isEmpty() || alreadyClassified(incident.get().id())) {
                continue;
            }
            incidents.classifyTarget(monitor, incident.get().id(), false, claim.getValue());
            classified++;
        }
        log.info("demo data: {} incident targets classified as not energy infrastructure", classified);
    }

    private boolean alreadyClassified(String incidentId) {
        return incidents.determinations(incidentId).stream()
                .flatMap(d -> d.steps().stream())
                .anyMatch(s -> s.test().equals(Step.TARGET) && s.facts().containsKey("classifiedBy"));
    }

}
