package org.truce.sites.config;

import java.nio.file.Path;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.truce.access.Account;
import org.truce.access.Accounts;
import org.truce.shared.DemoSeed;
import org.truce.shared.Role;
import org.truce.shared.Viewer;
import org.truce.sites.ClaimedFacilities;
import org.truce.sites.PowerPlants;
import org.truce.sites.SiteInput;
import org.truce.sites.Sites;

/**
 * The demo's protected sites: the shipped power plants of Ukraine and Russia, imported and
 * accepted for their owners; and the facilities named in the claims of March-April 2025,
 * nominated by their owner parties' demo accounts. Anything already there is left alone.
 */
@Component
class SitesDemoSeed implements DemoSeed {

    private static final Logger log = LoggerFactory.getLogger(SitesDemoSeed.class);
    static final String ACCEPTED_REASON = "Shipped open data (WRI Global Power Plant Database v1.3.0), "
            + "imported and accepted for the demo";

    private final Sites sites;
    private final Accounts accounts;

    SitesDemoSeed(Sites sites, Accounts accounts) {
        this.sites = sites;
        this.accounts = accounts;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public void seed(Path dataDir) {
        Viewer system = Viewer.system("demo");
        List<SiteInput> plants = PowerPlants.shipped().stream()
                .filter(plant -> sites.bySource(plant.owner(), plant.source(), plant.sourceRef()).isEmpty())
                .toList();
        sites.importAccepted(system, plants, ACCEPTED_REASON);
        int facilities = 0;
        for (ClaimedFacilities.Facility facility : ClaimedFacilities.shipped()) {
            SiteInput input = facility.input();
            if (sites.bySource(facility.owner(), input.source(), input.sourceRef()).isEmpty()) {
                sites.nominate(partyViewer(system, facility.owner()), input);
                facilities++;
            }
        }
        log.info("demo sites: {} power plants imported and accepted, {} claimed facilities nominated",
                plants.size(), facilities);
    }

    /** The owner party's demo account ({@code ua}, {@code ru}), or else any account of that party. */
    private Viewer partyViewer(Viewer system, String party) {
        List<Account> ofParty = accounts.list(system).stream()
                .filter(a -> a.role() == Role.PARTY && party.equals(a.party())).toList();
        return ofParty.stream().filter(a -> a.username().equalsIgnoreCase(party)).findFirst()
                .or(() -> ofParty.stream().findFirst())
                .map(Account::viewer)
                .orElseThrow(() -> new IllegalStateException("no account of party " + party + " to nominate its sites"));
    }
}
