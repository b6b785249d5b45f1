package org.truce.ledger.config;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;
import org.truce.ledger.NoteSigner;
import org.truce.ledger.store.CheckpointIssuer;
import org.truce.ledger.store.CheckpointStore;
import org.truce.ledger.store.LedgerSigningKey;

/**
 * The log's identity (origin and signing key) and its checkpoint schedule.
 *
 * <p>Several instances over one database are one log: they must share the key file
 * ({@code truce.ledger.key-file}). The first instance records the log's verifier key in the
 * database, and an instance holding another key refuses to start rather than sign a second
 * history of the same entries.
 */
@Configuration
public class LedgerConfiguration {

    @Bean
    LedgerSigningKey ledgerSigningKey(@Value("${truce.ledger.origin:truce.local/ledger}") String origin,
                            @Value("${truce.ledger.key-file:${truce.data-dir:./data}/keys/ledger.key}") Path keyFile,
                            CheckpointStore checkpoints) {
        NoteSigner signer = LedgerKeyFile.loadOrGenerate(keyFile, origin);
        String mine = signer.verifier().format();
        String onRecord = checkpoints.recordLogKey(mine);
        if (!onRecord.equals(mine)) {
            throw new IllegalStateException("this database's ledger is signed with the key " + onRecord
                    + ", but this instance's key (" + keyFile + ") is " + mine
                    + ": every instance of one log must use the same key file (truce.ledger.key-file)");
        }
        return new LedgerSigningKey(signer);
    }

    @Bean
    CheckpointSchedule checkpointSchedule(CheckpointIssuer issuer) {
        return new CheckpointSchedule(issuer);
    }

    /** Issues a checkpoint every {@code truce.ledger.checkpoint-interval} seconds when the ledger grew. */
    static final class CheckpointSchedule {
        private final CheckpointIssuer issuer;

        CheckpointSchedule(CheckpointIssuer issuer) {
            this.issuer = issuer;
        }

        @Scheduled(initialDelay = 0, fixedDelayString = "${truce.ledger.checkpoint-interval:10}",
                timeUnit = java.util.concurrent.TimeUnit.SECONDS)
        void issue() {
            issuer.issueIfGrown();
        }
    }
}
