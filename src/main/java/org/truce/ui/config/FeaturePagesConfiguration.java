package org.truce.ui.config;

import java.util.EnumSet;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.truce.shared.Role;
import org.truce.ui.Destination;
import org.truce.ui.MapLayer;
import org.truce.ui.SitesLayer;
import org.truce.ui.UiPage;

/**
 * The pages of the features that exist now (reports, sites, agreements, ledger) and the sites'
 * map layer. The web UI depends on those features, never the reverse, so that any feature may
 * also register its own pages and layers here without a cycle.
 */
@Configuration
public class FeaturePagesConfiguration {

    /** After the report form (order 50), so that the form's narrower roles are checked first. */
    static final int REPORTS_ORDER = 55;

    @Bean
    UiPage reportFormPage() {
        return Destination.REPORT_FORM.page();
    }

    @Bean
    UiPage reportsPage() {
        return new UiPage("/reports", "nav.reports", EnumSet.of(Role.PARTY, Role.MONITOR, Role.MEDIATOR), REPORTS_ORDER);
    }

    @Bean
    UiPage sitesPage() {
        return Destination.SITES.page();
    }

    @Bean
    UiPage agreementsPage() {
        return Destination.AGREEMENTS.page();
    }

    @Bean
    UiPage ledgerPage() {
        return Destination.LEDGER.page();
    }

    @Bean
    MapLayer sitesLayer() {
        return SitesLayer.layer();
    }
}
