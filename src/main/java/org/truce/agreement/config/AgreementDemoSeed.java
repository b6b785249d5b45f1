package org.truce.agreement.config;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.truce.access.Account;
import org.truce.access.Accounts;
import org.truce.agreement.AgreementView;
import org.truce.agreement.Agreements;
import org.truce.agreement.KeyFiles;
import org.truce.agreement.PartyKeys;
import org.truce.agreement.VersionView;
import org.truce.shared.DemoSeed;
import org.truce.shared.Viewer;

/**
 * The demo's agreement: key pairs for UA and RU in {@code <data>/keys/} (made once, reused after),
 * their public keys registered by each party, the 2025 moratorium drafted by the mediator and
 * version 1 signed by each party with its own key, as a party would with {@code truce sign}.
 */
@Component
class AgreementDemoSeed implements DemoSeed {

    private static final Logger log = LoggerFactory.getLogger(AgreementDemoSeed.class);
    private static final List<String> PARTIES = List.of("UA", "RU");

    private final Agreements agreements;
    private final Accounts accounts;

    AgreementDemoSeed(Agreements agreements, Accounts accounts) {
        this.agreements = agreements;
        this.accounts = accounts;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public void seed(Path dataDir) {
        Viewer mediator = Viewer.system("demo");
        Path keys = dataDir.resolve("keys");
        AgreementView moratorium = agreements.list(mediator, Instant.now()).stream()
                .filter(a -> DemoMoratorium.TITLE.equals(a.title()) && a.parties().containsAll(PARTIES))
                .findFirst()
                .orElseGet(() -> agreements.draft(mediator, DemoMoratorium.terms()));
        for (String party : PARTIES) {
            Optional<Viewer> delegate = accounts.list(mediator).stream()
                    .filter(a -> party.equals(a.party()) && a.username().equals(party.toLowerCase(java.util.Locale.ROOT)))
                    .map(Account::viewer).findFirst();
            if (delegate.isEmpty()) {
                log.warn("demo data: no demo account for {}; the moratorium stays unsigned by it", party);
                continue;
            }
            KeyPair pair = keyPair(keys, party);
            agreements.registerKey(delegate.get(), party, PartyKeys.publicKeyPem(PartyKeys.rawPublicKey(pair.getPublic())));
            signFirstVersion(delegate.get(), party, pair, agreements.get(delegate.get(), moratorium.id(), Instant.now()));
        }
    }

    private void signFirstVersion(Viewer delegate, String party, KeyPair pair, AgreementView agreement) {
        VersionView first = agreement.versions().get(0);
        boolean signed = first.signatures().stream().anyMatch(s -> s.party().equals(party));
        if (signed || agreement.latestVersion() != 1) {
            return;
        }
        byte[] canonical = agreements.canonical(delegate, agreement.id(), 1);
        agreements.sign(delegate, agreement.id(), 1, PartyKeys.base64(PartyKeys.sign(pair.getPrivate(), canonical)));
    }

    /** The party's key pair from its file, made (owner-only) on the first demo. */
    private static KeyPair keyPair(Path keys, String party) {
        String name = party.toLowerCase(java.util.Locale.ROOT);
        Path privateFile = keys.resolve(name + "-private.pem");
        if (Files.exists(privateFile)) {
            return PartyKeys.keyPair(KeyFiles.readPrivateKey(privateFile));
        }
        KeyPair pair = PartyKeys.generate();
        KeyFiles.writePrivateKey(privateFile, pair.getPrivate());
        try {
            Files.writeString(keys.resolve(name + "-public.pem"),
                    PartyKeys.publicKeyPem(PartyKeys.rawPublicKey(pair.getPublic())), StandardCharsets.US_ASCII);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        log.info("demo data: made {}'s key pair in {}", party, privateFile);
        return pair;
    }
}
