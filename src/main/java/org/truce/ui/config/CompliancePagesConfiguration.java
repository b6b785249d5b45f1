package org.truce.ui.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.truce.ui.Destination;
import org.truce.ui.UiPage;

/** The compliance reports' page in every navigation (the public's too: it sees the aggregates and the published findings). */
@Configuration
public class CompliancePagesConfiguration {

    @Bean
    UiPage compliancePage() {
        return Destination.COMPLIANCE.page();
    }
}
