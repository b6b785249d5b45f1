package org.truce.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.truce.ledger.NoteRejectedException.Reason;

/**
 * Known answers from golang.org/x/mod/sumdb/note (note_test.go), the reference implementation
 * of C2SP signed-note, plus rejection cases.
 */
class SignedNoteTest {

    static final String PETER_SKEY = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
    static final String PETER_VKEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
    static final String ENOCH_VKEY = "EnochRoot+af0cfe78+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop";
    static final String TEXT = "If you think cryptography is the answer to your problem,\n"
            + "then you don't know what your problem is.\n";
    static final String PETER_SIG = "\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";
    static final String ENOCH_SIG = "\u2014 EnochRoot rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=\n";

    private static final NoteVerifier PETER = NoteVerifier.parse(PETER_VKEY);
    private static final NoteVerifier ENOCH = NoteVerifier.parse(ENOCH_VKEY);

    @Test
    void signsExactlyLikeTheGoReference() {
        NoteSigner signer = NoteSigner.parse(PETER_SKEY);
        assertThat(signer.keyId()).isEqualTo(0xc74f20a3);
        assertThat(signer.verifier().format()).isEqualTo(PETER_VKEY);
        assertThat(SignedNote.sign(TEXT, signer).format()).isEqualTo(TEXT + "\n" + PETER_SIG);
    }

    @Test
    void opensTheGoReferenceNote() {
        OpenedNote opened = SignedNote.open(TEXT + "\n" + PETER_SIG + ENOCH_SIG, List.of(PETER));
        assertThat(opened.text()).isEqualTo(TEXT);
        assertThat(opened.verified()).extracting(NoteSignature::keyLabel).containsExactly("PeterNeumann+c74f20a3");
        assertThat(opened.unverified()).extracting(NoteSignature::keyLabel).containsExactly("EnochRoot+af0cfe78");
        assertThat(opened.isVerifiedBy(PETER)).isTrue();
        assertThat(opened.isVerifiedBy(ENOCH)).isFalse();

        OpenedNote both = SignedNote.open(TEXT + "\n" + PETER_SIG + ENOCH_SIG, List.of(PETER, ENOCH));
        assertThat(both.verified()).extracting(NoteSignature::keyLabel).containsExactly("PeterNeumann+c74f20a3", "EnochRoot+af0cfe78");
        assertThat(both.unverified()).isEmpty();
    }

    @Test
    void refusesANoteNoKnownKeySigned() {
        assertRejected(TEXT + "\n" + PETER_SIG + ENOCH_SIG, List.of(), Reason.NO_VERIFIED_SIGNATURE);
        // a different key under the same name has a different key ID, so it is simply unknown
        NoteVerifier impostor = NoteSigner.generate("PeterNeumann").verifier();
        assertRejected(TEXT + "\n" + PETER_SIG, List.of(impostor), Reason.NO_VERIFIED_SIGNATURE);
    }

    @Test
    void refusesATamperedText() {
        String tampered = TEXT.replace("answer", "Answer") + "\n" + PETER_SIG;
        assertRejected(tampered, List.of(PETER), Reason.INVALID_SIGNATURE);
    }

    @Test
    void refusesABadSignatureFromAKnownKeyEvenBesideAGoodOne() {
        // Go's case: four base64 characters inserted into the signature (index 60 in bytes is 58 in chars).
        String bad = PETER_SIG.substring(0, 58) + "ABCD" + PETER_SIG.substring(58);
        assertRejected(TEXT + "\n" + bad, List.of(PETER), Reason.INVALID_SIGNATURE);
        assertRejected(TEXT + "\n" + ENOCH_SIG + bad, List.of(PETER, ENOCH), Reason.INVALID_SIGNATURE);
    }

    @Test
    void ignoresRepeatedSignaturesAndKeepsDistinctUnknownOnes() {
        String enochAbcd = ENOCH_SIG.substring(0, 58) + "ABCD" + ENOCH_SIG.substring(58);
        OpenedNote opened = SignedNote.open(TEXT + "\n" + PETER_SIG + PETER_SIG + ENOCH_SIG + ENOCH_SIG + enochAbcd, List.of(PETER));
        assertThat(opened.verified()).hasSize(1);
        assertThat(opened.unverified()).hasSize(2);
        assertThat(opened.unverified().get(1).base64()).isEqualTo(enochAbcd.substring(12, enochAbcd.length() - 1));
    }

    @Test
    void refusesMalformedNotes() {
        List<String> bad = List.of(
                TEXT,
                TEXT + "\n",
                TEXT + "\n" + PETER_SIG.substring(0, PETER_SIG.length() - 1),
                "\u0001" + TEXT + "\n" + PETER_SIG,
                TEXT + "\n" + "\u2014 Bad Name x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=",
                TEXT + "\n" + PETER_SIG + "Unexpected line.\n",
                TEXT + "\n" + "- PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n",
                TEXT + "\n" + "\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM\n",
                TEXT + "\n" + "\u2014 PeterNeumann not*base64==\n",
                TEXT + "\n" + "\u2014 PeterNeumann AAAA\n",
                TEXT + "\n" + PETER_SIG.repeat(101),
                "text with a lone surrogate \ud800\n\n" + PETER_SIG);
        for (String message : bad) {
            assertRejected(message, List.of(PETER), Reason.MALFORMED);
        }
        byte[] invalidUtf8 = (TEXT + "\n" + PETER_SIG).getBytes(StandardCharsets.UTF_8);
        byte[] withFf = new byte[invalidUtf8.length + 1];
        withFf[0] = (byte) 0xff;
        System.arraycopy(invalidUtf8, 0, withFf, 1, invalidUtf8.length);
        assertThatThrownBy(() -> SignedNote.open(withFf, List.of(PETER)))
                .isInstanceOfSatisfying(NoteRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED));
    }

    @Test
    void roundTripsWithFreshKeysAndTextsWithBlankLines() {
        NoteSigner log = NoteSigner.generate("truce.example/ledger");
        NoteSigner other = NoteSigner.generate("monitor.example/m1");
        String text = "first paragraph\n\nsecond paragraph, ünïcödé\n";
        String note = SignedNote.sign(text, log, other).format();
        assertThat(SignedNote.parse(note).text()).isEqualTo(text);
        OpenedNote opened = SignedNote.open(note.getBytes(StandardCharsets.UTF_8), List.of(log.verifier(), other.verifier()));
        assertThat(opened.text()).isEqualTo(text);
        assertThat(opened.verified()).hasSize(2);
        assertRejected(note, List.of(NoteSigner.generate("truce.example/ledger").verifier()), Reason.NO_VERIFIED_SIGNATURE);
    }

    @Test
    void aNewSignatureFromTheSameKeyReplacesTheOldOne() {
        NoteSigner log = NoteSigner.generate("truce.example/ledger");
        SignedNote note = SignedNote.sign(TEXT, NoteSigner.parse(PETER_SKEY), log);
        NoteSignature again = log.sign(TEXT);
        SignedNote resigned = note.withSignatures(List.of(again));
        assertThat(resigned.signatures()).hasSize(2);
        assertThat(resigned.signatures().get(1)).isEqualTo(again);
        assertThat(SignedNote.parse(resigned.format())).isEqualTo(resigned);
    }

    @Test
    void refusesTextsThatCannotBeSigned() {
        NoteSigner signer = NoteSigner.parse(PETER_SKEY);
        assertThatIllegalArgumentException().isThrownBy(() -> SignedNote.sign("abc", signer));
        assertThatIllegalArgumentException().isThrownBy(() -> SignedNote.sign("tab\there\n", signer));
        assertThatIllegalArgumentException().isThrownBy(() -> SignedNote.sign(TEXT));
    }

    static void assertRejected(String message, List<NoteVerifier> known, Reason reason) {
        assertThatThrownBy(() -> SignedNote.open(message, known))
                .as("%s", message)
                .isInstanceOfSatisfying(NoteRejectedException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
