package org.truce.verification.config;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.truce.access.Accounts;
import org.truce.access.Account;
import org.truce.reports.Evidence;
import org.truce.reports.ReportDisclosure;
import org.truce.reports.Reports;
import org.truce.shared.Viewer;
import org.truce.shared.WritePath;
import org.truce.verification.AlertWebhook;
import org.truce.verification.Alerts;
import org.truce.verification.AssessmentIndex;
import org.truce.verification.AssessmentRefs;
import org.truce.verification.AssessmentStore;
import org.truce.verification.Assessments;
import org.truce.verification.ClaimDisclosure;
import org.truce.verification.IncidentFacts;
import org.truce.verification.IncidentLookup;
import org.truce.verification.Incidents;

/**
 * The assessments part of verification: the index the engine asks through the
 * {@link org.truce.verification.IncidentAssessments} SPI, the report disclosure it decides for
 * report intake, the service, and the alerts (with the webhook when
 * {@code truce.alerts.webhook.url} and {@code truce.alerts.webhook.secret} are set).
 */
@Configuration
public class AssessmentsConfiguration {

    @Bean
    AssessmentIndex assessmentIndex(AssessmentStore store) {
        return new AssessmentIndex(store);
    }

    @Bean
    ReportDisclosure claimDisclosure(AssessmentIndex index) {
        return new ClaimDisclosure(index);
    }

    @Bean
    IncidentLookup incidentLookup(ObjectProvider<Incidents> incidents) {
        return new IncidentLookup() {
            @Override
            public Optional<IncidentFacts> facts(String incidentId) {
                Incidents engine = incidents.getIfAvailable();
                return engine == null ? Optional.empty() : engine.facts(incidentId);
            }

            @Override
            public Stream<IncidentFacts> all() {
                Incidents engine = incidents.getIfAvailable();
                return engine == null ? Stream.empty() : engine.all();
            }

            @Override
            public boolean mayRead(Viewer viewer, String incidentId) {
                Incidents engine = incidents.getIfAvailable();
                return engine != null && engine.mayRead(viewer, incidentId);
            }
        };
    }

    @Bean
    Assessments assessments(WritePath writes, AssessmentStore store, AssessmentIndex index, IncidentLookup incidents,
                            Reports reports, Evidence evidence, Accounts accounts) {
        Viewer system = Viewer.system("assessments");
        AssessmentRefs refs = new AssessmentRefs(reports::report, evidence::mayRead,
                code -> accounts.party(code).isPresent(),
                id -> accounts.list(system).stream().filter(a -> a.id().equals(id)).findFirst().map(Account::role));
        return new Assessments(writes, store, index, incidents, refs, Clock.systemUTC());
    }

    @Bean
    Alerts alerts(WritePath writes, AssessmentStore store,
                  @Value("${truce.alerts.webhook.url:}") String url,
                  @Value("${truce.alerts.webhook.secret:}") String secret,
                  @Value("${truce.alerts.webhook.backoff-ms:1000}") long backoffMillis) {
        Optional<AlertWebhook> webhook = Optional.empty();
        if (!url.isBlank()) {
            if (secret.isBlank()) {
                throw new IllegalStateException("truce.alerts.webhook.url is set but truce.alerts.webhook.secret is "
                        + "not: every delivery is signed");
            }
            webhook = Optional.of(new AlertWebhook(URI.create(url), secret, Duration.ofMillis(backoffMillis)));
        }
        return new Alerts(writes, store, webhook, Clock.systemUTC());
    }

    /** The alerts' thread starts after the write path (which it writes through) and stops before it. */
    @Bean
    SmartLifecycle alertsLifecycle(Alerts alerts) {
        return new SmartLifecycle() {
            @Override
            public void start() {
                alerts.start();
            }

            @Override
            public void stop() {
                alerts.stop();
            }

            @Override
            public boolean isRunning() {
                return alerts.isRunning();
            }

            @Override
            public int getPhase() {
                return 100;
            }
        };
    }
}
