package org.truce.ui.config;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.truce.geo.Regions;
import org.truce.ui.BaseMap;
import org.truce.ui.Destination;
import org.truce.ui.UiPage;
import org.truce.ui.UiPages;

/**
 * The web UI's registry of pages and its base map. A feature adds its page to every role's
 * navigation by declaring a {@link UiPage} bean, usually {@code Destination.X.page()}.
 */
@Configuration
public class UiConfiguration {

    @Bean
    UiPages uiPages(List<UiPage> pages) {
        return new UiPages(pages);
    }

    @Bean
    UiPage dashboardPage() {
        return Destination.DASHBOARD.page();
    }

    @Bean
    UiPage mapPage() {
        return Destination.MAP.page();
    }

    @Bean
    UiPage accountsPage() {
        return Destination.ACCOUNTS.page();
    }

    @Bean
    BaseMap baseMap(Regions regions) {
        return new BaseMap(regions);
    }
}
