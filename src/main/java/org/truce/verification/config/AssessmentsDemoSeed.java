package org.truce.verification.config;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.truce.access.AccountDirectory;
import org.truce.reports.Reports;
import org.truce.shared.DemoSeed;
import org.truce.shared.Viewer;
import org.truce.verification.Alerts;
import org.truce.verification.AllegationInput;
import org.truce.verification.AssessmentStore;
import org.truce.verification.Verdict;
import org.truce.verification.AssessmentIndex;
import org.truce.verification.AssessmentInput;
import org.truce.verification.AssessmentSummary;
import org.truce.verification.Assessments;
import org.truce.verification.IncidentFacts;
import org.truce.verification.IncidentLookup;

/**
 * The demo's assessments, on the incidents of the March-April 2025 claims: the transmission line
 * at Nikopol (c06, evening of 18 March, alleged against RU) put to RU and graded a probable
 * violation, a finding the mediator published; the Sudzha gas metering station of 28 March (c02 and c03,
 * each side blaming the other) graded inconclusive, contested, as a draft; the Engels airfield
 * (c18) graded not a violation, as a draft. Idempotent: an incident that already has an
 * assessment is left alone.
 */
@Component
class AssessmentsDemoSeed implements DemoSeed {

    private static final Logger log = LoggerFactory.getLogger(AssessmentsDemoSeed.class);

    private final Assessments assessments;
    private final AssessmentIndex index;
    private final IncidentLookup incidents;
    private final Reports reports;
    private final AccountDirectory accounts;
    private final AssessmentStore store;
    private final Alerts alerts;

    AssessmentsDemoSeed(Assessments assessments, AssessmentIndex index, IncidentLookup incidents, Reports reports,
                        AccountDirectory accounts, AssessmentStore store, Alerts alerts) {
        this.store = store;
        this.alerts = alerts;
        this.assessments = assessments;
        this.index = index;
        this.incidents = incidents;
        this.reports = reports;
        this.accounts = accounts;
    }

    @Override
    public int order() {
        return 600;
    }

    @Override
    public void seed(Path dataDir) {
        Optional<Viewer> monitor = accounts.byUsername("monitor").map(AccountDirectory.Credentials::viewer);
        Optional<Viewer> mediator = accounts.byUsername("mediator").map(AccountDirectory.Credentials::viewer);
        if (monitor.isEmpty() || mediator.isEmpty()) {
            log.warn("demo data: no demo monitor or mediator account; no demo assessments");
            return;
        }
        Map<String, String> claims = demoClaims();
        int added = 0;

        Optional<IncidentFacts> nikopol = incidentOf(claims.get("c06"));
        if (nikopol.isPresent() && unassessed(nikopol.get())) {
            if (nikopol.get().accused().contains("RU") && !index.putTo(nikopol.get().id()).contains("RU")) {
                assessments.putTo(mediator.get(), nikopol.get().id(), new AllegationInput("RU",
                        Instant.now().plus(Duration.ofDays(14)).truncatedTo(ChronoUnit.SECONDS).toString()));
            }
            AssessmentSummary graded = assessments.record(monitor.get(), nikopol.get().id(), new AssessmentInput(
                    "probable_violation", "RU", "medium",
                    "The head of the Dnipropetrovsk Oblast Military Administration reported a drone strike on a "
                            + "transmission line in Nikopol on the evening of 18 March 2025. The moratorium's window "
                            + "opened at 00:00 Moscow time that day, transmission lines are protected and drones are a "
                            + "prohibited means. Only the claimant's statement was available and it gives no hour, so "
                            + "the grade is probable rather than confirmed.",
                    List.of(claims.get("c06")), null));
            assessments.publish(mediator.get(), graded.id());
            added++;
        }

        Optional<IncidentFacts> sudzha = incidentOf(claims.get("c02"));
        if (sudzha.isPresent() && unassessed(sudzha.get())) {
            assessments.record(monitor.get(), sudzha.get().id(), new AssessmentInput("inconclusive", "contested", "low",
                    "Russia says Ukrainian HIMARS rockets struck the Sudzha gas metering station on 28 March; Ukraine "
                            + "says Russia shelled it. Control of the area was contested and neither side gave evidence "
                            + "the mission could check. Draft: awaiting imagery.",
                    evidence(claims, "c02", "c03"), null));
            added++;
        }

        Optional<IncidentFacts> engels = incidentOf(claims.get("c18"));
        if (engels.isPresent() && unassessed(engels.get())) {
            assessments.record(monitor.get(), engels.get().id(), new AssessmentInput("not_a_violation", "UA", "high",
                    "The Engels airfield is a military air base, not energy infrastructure: the moratorium does not "
                            + "cover it, whoever struck it.",
                    evidence(claims, "c18"), null));
            added++;
        }
        log.info("demo data: {} incidents assessed", added);
        awaitAlerts();
    }

    /**
     * Alerts are raised on their own thread shortly after the engine forms the incidents; the demo
     * is ready once they are in (so the feed is complete, and nothing is written after start-up).
     */
    private void awaitAlerts() {
        long giveUp = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        try {
            while (System.nanoTime() < giveUp && incidents.all()
                    .filter(f -> f.verdict() == Verdict.POTENTIAL_VIOLATION).anyMatch(f -> !store.alerted(f.id()))) {
                Thread.sleep(50);
            }
            alerts.awaitIdle(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean unassessed(IncidentFacts incident) {
        return index.records(incident.id()).assessments().isEmpty();
    }

    private Optional<IncidentFacts> incidentOf(String reportId) {
        if (reportId == null) {
            return Optional.empty();
        }
        return incidents.all().filter(f -> f.reportIds().contains(reportId)).findFirst();
    }

    private static List<String> evidence(Map<String, String> claims, String... ids) {
        return java.util.Arrays.stream(ids).map(claims::get).filter(id -> id != null).toList();
    }

    /** The demo claims' report ids by claim id (c01…c20), kept as the reports' external reference. */
    private Map<String, String> demoClaims() {
        Map<String, String> byClaim = new HashMap<>();
        reports.forEach(report -> {
            String ref = report.externalRef();
            if (ref != null && ref.matches("c\\d\\d") && report.owner() != null && !byClaim.containsKey(ref)) {
                byClaim.put(ref, report.id());
            }
        });
        return byClaim;
    }
}
