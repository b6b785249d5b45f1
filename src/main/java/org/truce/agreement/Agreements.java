package org.truce.agreement;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.truce.access.AccessRules;
import org.truce.access.Action;
import org.truce.access.Facts;
import org.truce.access.Kind;
import org.truce.shared.Conflict;
import org.truce.shared.Ids;
import org.truce.shared.InvalidInput;
import org.truce.shared.NotFound;
import org.truce.shared.Recording;
import org.truce.shared.TooLarge;
import org.truce.shared.Viewer;
import org.truce.shared.WritePath;

/**
 * Agreements: the mediator drafts and amends, each party registers its public key and signs the
 * exact version, anyone entitled reads; and what other features ask of the terms.
 */
public final class Agreements {

    public static final String ID_PREFIX = "agr";
    static final int MAX_DOCUMENT = 1_000_000;

    private final WritePath writes;
    private final AgreementStore store;
    private final AgreementRegister register;
    private final TermsValidator validator;
    private final Supplier<Set<String>> knownParties;

    public Agreements(WritePath writes, AgreementStore store, AgreementRegister register, TermsValidator validator,
                      Supplier<Set<String>> knownParties) {
        this.writes = writes;
        this.store = store;
        this.register = register;
        this.validator = validator;
        this.knownParties = knownParties;
    }

    // ---- the mediator drafts ----

    /** Drafts a new agreement (version 1) from the terms. */
    public AgreementView draft(Viewer mediator, TermsInput input) {
        AccessRules.require(mediator, Kind.AGREEMENT, Action.DRAFT, Facts.NONE);
        Terms terms = validator.validate(input, knownParties.get(), "terms");
        String id = Ids.next(ID_PREFIX);
        requireSize(VersionDocument.of(id, 1, terms).canonicalText());
        writes.write(mediator, tx -> {
            AgreementText text = new AgreementText(id, 1, 1, VersionDocument.of(id, 1, terms).canonicalText(), tx.now());
            long seq = tx.record(Recording.confidential("agreement.drafted", id, text));
            store.insertText(text, tx.actor().actorId(), seq);
            return null;
        });
        return get(mediator, id, Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    }

    /**
     * Replaces the draft's terms: a new text of the latest version while nobody has signed it,
     * otherwise a new version (an amendment, such as an extension) that every party must sign.
     */
    public AgreementView editDraft(Viewer mediator, String id, TermsInput input) {
        Ids.requireWellFormed(id, ID_PREFIX, "id");
        AccessRules.require(mediator, Kind.AGREEMENT, Action.DRAFT, Facts.NONE);
        visible(mediator, id);
        Terms terms = validator.validate(input, knownParties.get(), "terms");
        writes.write(mediator, tx -> {
            Agreement current = store.agreement(id).orElseThrow(() -> new NotFound("agreement", id));
            Lifecycle.DraftPlan plan = Lifecycle.planDraft(current, terms);
            String document = VersionDocument.of(id, plan.version(), terms).canonicalText();
            requireSize(document);
            AgreementText text = new AgreementText(id, plan.version(), plan.revision(), document, tx.now());
            String action = plan.revision() > 1 ? "agreement.draft_edited" : "agreement.drafted";
            long seq = tx.record(Recording.confidential(action, id, text));
            if (!store.insertText(text, tx.actor().actorId(), seq)) {
                throw new Conflict("version", "version " + plan.version() + " has been signed: signed versions never change");
            }
            return null;
        });
        return get(mediator, id, Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    }

    // ---- the parties register keys and sign ----

    /** Registers the party's public key (PEM or raw base64); by that party only. */
    public PublicKeyView registerKey(Viewer party, String code, String publicKeyText) {
        AccessRules.require(party, Kind.PARTY_KEY, Action.REGISTER, Facts.ownedBy(code));
        byte[] raw;
        try {
            raw = PartyKeys.parsePublicKey(publicKeyText);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("publicKey", e.getMessage());
        }
        String keyId = PartyKeys.keyId(raw);
        List<PartyKey> keys = store.keys(code);
        if (!keys.isEmpty() && keys.get(keys.size() - 1).keyId().equals(keyId)) {
            return PublicKeyView.of(code, keys);
        }
        writes.write(party, tx -> {
            if (store.partiesWithKey(keyId).stream().anyMatch(p -> !p.equals(code))) {
                throw new Conflict("publicKey", "this key is registered by another party; each party signs with its own key");
            }
            PartyKey key = new PartyKey(code, keyId, PartyKeys.base64(raw), tx.now());
            long seq = tx.record(Recording.open("party_key.registered", keyId, key, Map.of("party", code)));
            store.insertKey(key, tx.actor().actorId(), seq);
            return null;
        });
        return publicKey(code).orElseThrow();
    }

    /** A party's current public key and its history; public. */
    public Optional<PublicKeyView> publicKey(String code) {
        List<PartyKey> keys = register.keys(code);
        return keys.isEmpty() ? Optional.empty() : Optional.of(PublicKeyView.of(code, keys));
    }

    /**
     * Records the party's detached Ed25519 signature (base64) over the canonical bytes of the
     * version, once verified with the party's registered key.
     */
    public SignatureView sign(Viewer party, String id, int version, String signatureBase64) {
        Ids.requireWellFormed(id, ID_PREFIX, "id");
        Agreement seen = visible(party, id);
        AccessRules.require(party, Kind.AGREEMENT, Action.SIGN, facts(seen));
        byte[] signature;
        try {
            signature = PartyKeys.decodeSignature(signatureBase64);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("signature", e.getMessage());
        }
        String code = party.party();
        return writes.write(party, tx -> {
            Agreement current = store.agreement(id).orElseThrow(() -> new NotFound("agreement", id));
            AgreementVersion v = Lifecycle.requireSignable(current, version, code);
            List<PartyKey> keys = store.keys(code);
            if (keys.isEmpty()) {
                throw new Conflict("publicKey", code + " has no registered public key: PUT /api/parties/" + code
                        + "/public-key first");
            }
            PartyKey key = keys.get(keys.size() - 1);
            if (!PartyKeys.verify(key.raw(), v.document().getBytes(StandardCharsets.UTF_8), signature)) {
                throw InvalidInput.of("signature", "does not verify with " + code + "'s registered key " + key.keyId()
                        + " over the canonical bytes of version " + version + " (sha256 " + v.documentSha256()
                        + "); sign exactly the bytes of GET /api/agreements/" + id + "/versions/" + version
                        + "/canonical, which change whenever the draft is edited");
            }
            PartySignature signed = new PartySignature(Ids.next("sig"), id, version, code, key.keyId(), key.publicKey(),
                    PartyKeys.base64(signature), v.documentSha256(), tx.now());
            long seq = tx.record(Recording.confidential("agreement.signed", id, signed));
            store.insertSignature(signed, tx.actor().actorId(), seq);
            return SignatureView.of(signed, v.document());
        });
    }

    // ---- reads for a viewer ----

    public List<AgreementView> list(Viewer viewer, Instant at) {
        List<AgreementView> views = new ArrayList<>();
        for (Agreement agreement : register.agreements()) {
            if (AccessRules.allows(viewer, Kind.AGREEMENT, Action.READ, facts(agreement))) {
                views.add(view(viewer, agreement, at));
            }
        }
        return views;
    }

    public AgreementView get(Viewer viewer, String id, Instant at) {
        Ids.requireWellFormed(id, ID_PREFIX, "id");
        return view(viewer, visible(viewer, id), at);
    }

    public VersionView version(Viewer viewer, String id, int number, Instant at) {
        Ids.requireWellFormed(id, ID_PREFIX, "id");
        Agreement agreement = visible(viewer, id);
        return VersionView.of(agreement, visibleVersion(viewer, agreement, number), at);
    }

    /** The exact bytes a party signs for this version. */
    public byte[] canonical(Viewer viewer, String id, int number) {
        Ids.requireWellFormed(id, ID_PREFIX, "id");
        Agreement agreement = visible(viewer, id);
        return visibleVersion(viewer, agreement, number).document().getBytes(StandardCharsets.UTF_8);
    }

    // ---- what the sites and verification features ask ----

    /**
     * Whether the parties' protected-site lists are exchanged at the instant (for the sites
     * feature): a signed version binding both, whose terms exchange the lists, has come into force
     * at or before it. What was shared stays shared after the agreement ends, since it cannot be
     * unlearnt, and the record must show the other party what it was shown.
     */
    public boolean siteListsExchanged(String partyA, String partyB, Instant at) {
        return signedVersions().stream().anyMatch(v -> v.binds(partyA) && v.binds(partyB)
                && v.terms().siteListsExchanged() && v.inForceFrom() != null && !at.isBefore(v.inForceFrom()));
    }

    /** The versions in force at the instant, one per agreement at most (for the verification engine). */
    public List<SignedVersion> inForceAt(Instant at) {
        return signedVersions().stream().filter(v -> v.inForceAt(at)).toList();
    }

    /** Every version every party signed, with its windows and terms, by agreement then version. */
    public List<SignedVersion> signedVersions() {
        return register.agreements().stream().flatMap(a -> Lifecycle.signedVersions(a).stream())
                .sorted(Comparator.comparing(SignedVersion::agreementId).thenComparingInt(SignedVersion::version))
                .toList();
    }

    /** One agreement as it stands, for features that hold its id; no viewer filtering. */
    public Optional<Agreement> agreement(String id) {
        return register.agreement(id);
    }

    // ----

    /** The facts the access rules read: the parties it concerns; published once a version is signed by all. */
    public static Facts facts(Agreement agreement) {
        return Facts.concerning(Set.copyOf(agreement.parties())).published(agreement.published());
    }

    private Agreement visible(Viewer viewer, String id) {
        Agreement agreement = register.agreement(id).orElseThrow(() -> new NotFound("agreement", id));
        AccessRules.requireVisible(viewer, Kind.AGREEMENT, id, facts(agreement));
        return agreement;
    }

    /** Whether the viewer sees drafts and unsigned versions, or only what every party signed. */
    public static boolean seesDrafts(Viewer viewer, Agreement agreement) {
        return switch (viewer.role()) {
            case MEDIATOR, MONITOR -> true;
            case PARTY -> agreement.parties().contains(viewer.party());
            case PUBLIC -> false;
        };
    }

    private static AgreementVersion visibleVersion(Viewer viewer, Agreement agreement, int number) {
        return agreement.version(number).filter(v -> seesDrafts(viewer, agreement) || v.signedByAll())
                .orElseThrow(() -> new NotFound("agreement version", agreement.id() + " v" + number));
    }

    private static AgreementView view(Viewer viewer, Agreement agreement, Instant at) {
        boolean drafts = seesDrafts(viewer, agreement);
        List<AgreementVersion> shown = agreement.versions().stream().filter(v -> drafts || v.signedByAll()).toList();
        AgreementVersion latest = shown.get(shown.size() - 1);
        Integer governing = Lifecycle.governingAt(agreement, at).map(AgreementVersion::number).orElse(null);
        return new AgreementView(agreement.id(), latest.terms().title(), latest.terms().parties(), latest.terms().mediator(),
                at, Lifecycle.statusAt(agreement, at), governing, latest.number(),
                shown.stream().map(v -> VersionView.of(agreement, v, at)).toList());
    }

    private static void requireSize(String document) {
        if (document.length() > MAX_DOCUMENT) {
            throw new TooLarge("terms", "the version's canonical JSON would be " + document.length()
                    + " characters; at most " + MAX_DOCUMENT);
        }
    }
}
