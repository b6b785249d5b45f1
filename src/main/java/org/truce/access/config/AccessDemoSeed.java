package org.truce.access.config;

import java.nio.file.Path;

import org.springframework.stereotype.Component;
import org.truce.access.Accounts;
import org.truce.access.NewAccount;
import org.truce.shared.DemoSeed;
import org.truce.shared.Viewer;

/**
 * The demo's parties and accounts. Their tokens and passwords are public strings printed by
 * {@code truce demo}: demo only, never for a real deployment.
 */
@Component
class AccessDemoSeed implements DemoSeed {

    private final Accounts accounts;

    AccessDemoSeed(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public void seed(Path dataDir) {
        Viewer system = Viewer.system("demo");
        party(system, "UA", "Ukraine");
        party(system, "RU", "Russian Federation");
        account(system, "mediator", "mediator", null, "Mediator (demo)");
        account(system, "monitor", "monitor", null, "Monitoring mission (demo)");
        account(system, "ua", "party", "UA", "Delegation of Ukraine (demo)");
        account(system, "ru", "party", "RU", "Delegation of the Russian Federation (demo)");
    }

    private void party(Viewer system, String code, String name) {
        if (accounts.party(code).isEmpty()) {
            accounts.createParty(system, code, name);
        }
    }

    private void account(Viewer system, String username, String role, String party, String displayName) {
        String secret = "demo-" + username;
        if (accounts.list(system).stream().noneMatch(a -> a.username().equals(username))) {
            accounts.createDemoAccount(system, new NewAccount(username, role, party, displayName, secret), secret);
        }
    }
}
