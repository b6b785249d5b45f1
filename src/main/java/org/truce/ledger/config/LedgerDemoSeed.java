package org.truce.ledger.config;

import java.nio.file.Path;

import org.springframework.stereotype.Component;
import org.truce.ledger.store.CheckpointIssuer;
import org.truce.shared.DemoSeed;

/**
 * The ledger adds no demo records of its own; it signs a checkpoint once every feature's demo
 * data is in, so that {@code truce audit} right after {@code truce demo} covers all of it.
 */
@Component
class LedgerDemoSeed implements DemoSeed {

    private final CheckpointIssuer issuer;

    LedgerDemoSeed(CheckpointIssuer issuer) {
        this.issuer = issuer;
    }

    /** Last, after every feature's seed. */
    @Override
    public int order() {
        return Integer.MAX_VALUE;
    }

    @Override
    public void seed(Path dataDir) {
        issuer.issueIfGrown();
    }
}
