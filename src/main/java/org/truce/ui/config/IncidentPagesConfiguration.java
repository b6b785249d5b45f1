package org.truce.ui.config;

import java.util.EnumSet;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.truce.shared.Role;
import org.truce.ui.Destination;
import org.truce.ui.UiPage;

/**
 * The verification feature's pages in the web UI's navigation. The incident pages are open to
 * every role, because each reads {@code Incidents} for its viewer: a party the incidents of its
 * own claims or put to it (where it replies), the public the published ones; the queue is the
 * monitors' and the mediator's; the published findings are public.
 */
@Configuration
public class IncidentPagesConfiguration {

    @Bean
    UiPage incidentsPage() {
        UiPage destination = Destination.INCIDENTS.page();
        return new UiPage(destination.path(), destination.labelKey(), EnumSet.of(Role.PUBLIC), destination.order());
    }

    @Bean
    UiPage queuePage() {
        return Destination.QUEUE.page();
    }

    @Bean
    UiPage findingsPage() {
        return Destination.FINDINGS.page();
    }
}
