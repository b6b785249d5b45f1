package org.truce.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.truce.ledger.NoteRejectedException.Reason;

class CosignatureTest {

    private static final String CHECKPOINT = "example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n";

    @Test
    void signedMessageIsTheSpecExample() {
        assertThat(new String(Cosignature.signedMessage(CHECKPOINT, 1679315147L), StandardCharsets.UTF_8))
                .isEqualTo("cosignature/v1\ntime 1679315147\n" + CHECKPOINT);
    }

    @Test
    void readsTimestampAndKeyIdFromPublishedCosignatureLines() {
        // The example line of c2sp.org/tlog-cosignature, cosigned at the time in its message example.
        SignedNote note = SignedNote.parse(CHECKPOINT + "\n"
                + "\u2014 example.com/behind-the-sofa Az3grlgtzPICa5OS8npVmf1Myq/5IZniMp+ZJurmRDeOoRDe4URYN7u5/Zhcyv2q1gGzGku9nTo+zyWE+xeMcTOAYQ8=\n"
                + "\u2014 witness.example.com/w1 jWbPPwAAAABkGFDLEZMHwSRaJNiIDoe9DYn/zXcrtPHeolMI5OWXEhZCB9dlrDJsX3b2oyin1nPZqhf5nNo0xUe+mbIUBkBIfZ+qnA==\n");
        Cosignature witness = Cosignature.fromNoteSignature(note.signatures().get(1));
        assertThat(witness.name()).isEqualTo("witness.example.com/w1");
        assertThat(witness.keyId()).isEqualTo(0x8d66cf3f);
        assertThat(witness.timestamp()).isEqualTo(1679315147L);
        assertThat(witness.toNoteSignature()).isEqualTo(note.signatures().get(1));
        // the log's own line is a plain 64-byte signature, not a cosignature
        assertThatIllegalArgumentException().isThrownBy(() -> Cosignature.fromNoteSignature(note.signatures().get(0)));

        // transparency-dev/formats TestCoSigV1Timestamp
        SignedNote other = SignedNote.parse("t\n\n\u2014 w ZGhGuQAAAABm/qTPeyKXD+R2rzyQsxPiP8mXum7qq/iF0u4vanlqJyocWODBt97w9uL+8qT7S5gxEHWWOworDcFiEBYJXORmnFBOBA==\n");
        assertThat(Cosignature.fromNoteSignature(other.signatures().get(0)).time()).isEqualTo(Instant.ofEpochSecond(1727964367L));
    }

    @Test
    void roundTripsAndRejectsWrongTextTimeOrKey() {
        NoteSigner witness = NoteSigner.generate("witness.example/w1");
        NoteVerifier witnessKey = witness.cosignerVerifier();
        Cosignature cosignature = Cosignature.create(witness, CHECKPOINT, 1_700_000_000L);
        assertThat(cosignature.keyId()).isEqualTo(witnessKey.keyId());
        assertThat(cosignature.verify(witnessKey, CHECKPOINT)).isTrue();

        assertThat(cosignature.verify(witnessKey, CHECKPOINT.replace("20852163", "20852164"))).isFalse();
        Cosignature otherTime = new Cosignature(cosignature.name(), cosignature.keyId(), 1_700_000_001L, cosignature.signature());
        assertThat(otherTime.verify(witnessKey, CHECKPOINT)).isFalse();
        assertThat(cosignature.verify(witness.verifier(), CHECKPOINT)).isFalse(); // a plain note key is not a cosigner key
        assertThat(cosignature.verify(NoteSigner.generate("witness.example/w1").cosignerVerifier(), CHECKPOINT)).isFalse();

        Cosignature parsed = Cosignature.fromNoteSignature(cosignature.toNoteSignature());
        assertThat(parsed).isEqualTo(cosignature);
    }

    @Test
    void coversExtensionLines() {
        NoteSigner witness = NoteSigner.generate("witness.example/w1");
        String withExtension = CHECKPOINT + "extension\n";
        Cosignature cosignature = Cosignature.create(witness, withExtension, 1_700_000_000L);
        assertThat(cosignature.verify(witness.cosignerVerifier(), withExtension)).isTrue();
        assertThat(cosignature.verify(witness.cosignerVerifier(), CHECKPOINT + "extensioN\n")).isFalse();
    }

    @Test
    void cosignaturesRideAlongTheLogSignatureAndVerifyInOneOpen() {
        NoteSigner log = NoteSigner.generate("truce.example/ledger");
        NoteSigner ua = NoteSigner.generate("ua.witness.example");
        NoteSigner ru = NoteSigner.generate("ru.witness.example");
        MerkleTree tree = MerkleTree.fromLeafHashes(MerkleTreeTest.leaves(10));
        String body = new Checkpoint("truce.example/ledger", tree.size(), tree.root()).format();
        String signed = SignedNote.sign(body, log).format();

        String cosigned = Cosignature.appendTo(signed, List.of(
                Cosignature.create(ua, body, 1_700_000_000L),
                Cosignature.create(ru, body, 1_700_000_005L)));

        OpenedNote all = SignedNote.open(cosigned, List.of(log.verifier(), ua.cosignerVerifier(), ru.cosignerVerifier()));
        assertThat(all.verified()).extracting(NoteSignature::name)
                .containsExactly("truce.example/ledger", "ua.witness.example", "ru.witness.example");
        OpenedNote logOnly = SignedNote.open(cosigned, List.of(log.verifier()));
        assertThat(logOnly.unverified()).hasSize(2);

        // a witness re-cosigning later replaces its earlier line
        String recosigned = Cosignature.appendTo(cosigned, List.of(Cosignature.create(ua, body, 1_700_000_100L)));
        List<NoteSignature> lines = SignedNote.parse(recosigned).signatures();
        assertThat(lines).hasSize(3);
        assertThat(Cosignature.fromNoteSignature(lines.get(2)).timestamp()).isEqualTo(1_700_000_100L);

        // a tampered checkpoint fails for every known key
        String tampered = cosigned.replaceFirst("\n10\n", "\n11\n");
        SignedNoteTest.assertRejected(tampered, List.of(ua.cosignerVerifier()), Reason.INVALID_SIGNATURE);
    }

    @Test
    void aPlainSignatureDoesNotPassAsACosignatureNorTheOtherWayRound() {
        NoteSigner key = NoteSigner.generate("dual.example");
        NoteSignature plain = key.sign(CHECKPOINT);
        Cosignature cosig = Cosignature.create(key, CHECKPOINT, 1_700_000_000L);
        // relabel each line with the other type's key ID: the payloads must not verify
        NoteSignature plainAsCosig = new NoteSignature(plain.name(), cosig.keyId(), plain.signature());
        NoteSignature cosigAsPlain = new NoteSignature(plain.name(), plain.keyId(), cosig.toNoteSignature().signature());
        SignedNoteTest.assertRejected(SignedNote.of(CHECKPOINT, List.of(plainAsCosig)).format(),
                List.of(key.cosignerVerifier()), Reason.INVALID_SIGNATURE);
        SignedNoteTest.assertRejected(SignedNote.of(CHECKPOINT, List.of(cosigAsPlain)).format(),
                List.of(key.verifier()), Reason.INVALID_SIGNATURE);
    }

    @Test
    void refusesToCosignWhatIsNotACheckpointOrANegativeTime() {
        NoteSigner witness = NoteSigner.generate("witness.example/w1");
        assertThatIllegalArgumentException().isThrownBy(() -> Cosignature.create(witness, "not\na checkpoint\n", 1L));
        assertThatIllegalArgumentException().isThrownBy(() -> Cosignature.create(witness, CHECKPOINT, -1L));
        byte[] negativeTime = new byte[72];
        negativeTime[0] = (byte) 0x80;
        assertThatIllegalArgumentException().isThrownBy(
                () -> Cosignature.fromNoteSignature(new NoteSignature("w", 1, negativeTime)));
    }
}
