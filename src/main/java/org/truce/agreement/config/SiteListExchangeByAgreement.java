package org.truce.agreement.config;

import java.time.Clock;

import org.springframework.stereotype.Component;
import org.truce.agreement.Agreements;
import org.truce.sites.SiteListExchange;

/** The sites feature asks whether two parties' site lists are exchanged: the signed terms say. */
@Component
class SiteListExchangeByAgreement implements SiteListExchange {

    private final Agreements agreements;
    private final Clock clock = Clock.systemUTC();

    SiteListExchangeByAgreement(Agreements agreements) {
        this.agreements = agreements;
    }

    @Override
    public boolean listsExchanged(String ownerParty, String viewerParty) {
        return agreements.siteListsExchanged(ownerParty, viewerParty, clock.instant());
    }
}
