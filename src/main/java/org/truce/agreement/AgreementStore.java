package org.truce.agreement;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Storage of agreements' texts, signatures and the parties' keys; writes run inside the write path. */
public interface AgreementStore {

    Optional<Agreement> agreement(String id);

    List<Agreement> agreements();

    /** A party's keys, oldest first; the last is its current key. */
    List<PartyKey> keys(String party);

    /** Every party's keys, oldest first. */
    Map<String, List<PartyKey>> allKeys();

    /** The parties that registered this key (a key belongs to one party). */
    List<String> partiesWithKey(String keyId);

    /**
     * Stores a version's text. Refuses (false) a text for a version that anyone signed: signed
     * versions never change, whatever the caller checked before.
     */
    boolean insertText(AgreementText text, String writtenBy, long ledgerSeq);

    void insertKey(PartyKey key, String registeredBy, long ledgerSeq);

    void insertSignature(PartySignature signature, String signedBy, long ledgerSeq);
}
