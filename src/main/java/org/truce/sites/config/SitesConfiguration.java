package org.truce.sites.config;

import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.truce.access.Accounts;
import org.truce.access.Party;
import org.truce.geo.Regions;
import org.truce.shared.WritePath;
import org.truce.sites.SiteIndex;
import org.truce.sites.SiteListExchange;
import org.truce.sites.SiteStore;
import org.truce.sites.SiteVisibility;
import org.truce.sites.Sites;

@Configuration
public class SitesConfiguration {

    @Bean
    SiteIndex siteIndex() {
        return new SiteIndex();
    }

    /**
     * Whether a party sees the other's sites comes from the agreement feature, which provides a
     * {@link SiteListExchange} bean; asked at each read, so it may appear or change at any time.
     * Without one the lists are never exchanged.
     */
    @Bean
    SiteVisibility siteVisibility(ObjectProvider<SiteListExchange> exchanges) {
        return new SiteVisibility(() -> exchanges.orderedStream().iterator());
    }

    @Bean
    Sites sites(WritePath writes, SiteStore store, SiteIndex index, Regions regions, Accounts accounts,
                SiteVisibility visibility, @Value("${truce.sites.import.max-rows:100000}") int maxImportRows) {
        return new Sites(writes, store, index, regions,
                () -> accounts.parties().stream().map(Party::code).collect(Collectors.toUnmodifiableSet()),
                visibility, maxImportRows);
    }
}
