package org.truce.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

class NoteKeysTest {

    @Test
    void parsesAndFormatsGoVerifierKeys() {
        NoteVerifier peter = NoteVerifier.parse(SignedNoteTest.PETER_VKEY);
        assertThat(peter.name()).isEqualTo("PeterNeumann");
        assertThat(peter.keyId()).isEqualTo(0xc74f20a3);
        assertThat(peter.type()).isEqualTo(NoteKeyType.ED25519);
        assertThat(peter.format()).isEqualTo(SignedNoteTest.PETER_VKEY);
        assertThat(NoteVerifier.parse(SignedNoteTest.ENOCH_VKEY).format()).isEqualTo(SignedNoteTest.ENOCH_VKEY);
        // from transparency-dev/formats note_cosigv1_test.go
        assertThat(NoteVerifier.parse("TEST+7997405c+AQcC+FTVKf0jlTdHDY3rbevmnKxxPjigCXlVtGe6RIr6").keyId()).isEqualTo(0x7997405c);
    }

    @Test
    void parsesAPublishedCosignerKey() {
        // A witness's type-0x04 verifier key quoted in transparency-dev/formats note_cosigv1_test.go:
        // its key ID checks out against SHA-256(name ‖ 0x0A ‖ 0x04 ‖ key).
        String vkey = "remora.n621.de+da77ade7+BOvN63jn/bLvkieywe8R6UYAtVtNbZpXh34x7onlmtw2";
        NoteVerifier witness = NoteVerifier.parse(vkey);
        assertThat(witness.type()).isEqualTo(NoteKeyType.COSIGNATURE_V1);
        assertThat(witness.keyId()).isEqualTo(0xda77ade7);
        assertThat(witness.format()).isEqualTo(vkey);
        assertThat(NoteVerifier.ed25519(witness.name(), witness.publicKey()).keyId()).isNotEqualTo(0xda77ade7);
    }

    @Test
    void refusesEveryManglingOfAVerifierKey() {
        // Go's TestNewVerifier: every proper substring and every one-character change fails.
        for (String mangled : manglings(SignedNoteTest.PETER_VKEY)) {
            assertThatIllegalArgumentException().as(mangled).isThrownBy(() -> NoteVerifier.parse(mangled));
        }
        // wrong key length with an adjusted key hash; unknown algorithm with an adjusted key hash
        assertThatIllegalArgumentException().isThrownBy(
                () -> NoteVerifier.parse("PeterNeumann+cc469956+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TWBADKEY=="));
        assertThatIllegalArgumentException().isThrownBy(
                () -> NoteVerifier.parse("PeterNeumann+173116ae+ZRpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"));
    }

    @Test
    void refusesEveryManglingOfASignerKey() {
        for (String mangled : manglings(SignedNoteTest.PETER_SKEY)) {
            assertThatIllegalArgumentException().as(mangled).isThrownBy(() -> NoteSigner.parse(mangled));
        }
    }

    @Test
    void signerKeysRoundTripAndNeverShowInToString() {
        NoteSigner signer = NoteSigner.generate("truce.example/ledger");
        String secret = signer.formatPrivateKey();
        NoteSigner again = NoteSigner.parse(secret);
        assertThat(again.keyId()).isEqualTo(signer.keyId());
        assertThat(again.publicKey()).isEqualTo(signer.publicKey());
        assertThat(again.verifier()).isEqualTo(signer.verifier());
        assertThat(signer.toString()).doesNotContain(secret.split("\\+", 5)[4]);
        assertThat(NoteSigner.parse(SignedNoteTest.PETER_SKEY).formatPrivateKey()).isEqualTo(SignedNoteTest.PETER_SKEY);
    }

    @Test
    void convertsBetweenJdkAndRawEd25519Keys() {
        KeyPair pair = Ed25519Keys.generate();
        byte[] rawPublic = Ed25519Keys.rawPublicKey(pair.getPublic());
        byte[] seed = Ed25519Keys.rawSeed(pair.getPrivate());
        assertThat(rawPublic).hasSize(32);
        assertThat(seed).hasSize(32);
        assertThat(Ed25519Keys.publicKey(rawPublic).getEncoded()).isEqualTo(pair.getPublic().getEncoded());
        assertThat(Ed25519Keys.privateKey(seed).getEncoded()).isEqualTo(pair.getPrivate().getEncoded());
        KeyPair derived = Ed25519Keys.keyPairFromSeed(seed);
        assertThat(Ed25519Keys.rawPublicKey(derived.getPublic())).isEqualTo(rawPublic);

        byte[] message = "message".getBytes(StandardCharsets.US_ASCII);
        byte[] signature = Ed25519Keys.sign(Ed25519Keys.privateKey(seed), message);
        assertThat(Ed25519Keys.verify(rawPublic, message, signature)).isTrue();
        assertThat(Ed25519Keys.verify(rawPublic, "massage".getBytes(StandardCharsets.US_ASCII), signature)).isFalse();
        assertThat(Ed25519Keys.verify(rawPublic, message, Arrays.copyOf(signature, 63))).isFalse();
        assertThat(Ed25519Keys.verify(new byte[31], message, signature)).isFalse();
        byte[] notAPoint = new byte[32];
        Arrays.fill(notAPoint, (byte) 0xff);
        assertThat(Ed25519Keys.verify(notAPoint, message, signature)).isFalse();
    }

    @Test
    void derivesThePublicKeyOfGosExampleSeed() {
        byte[] material = Base64.getDecoder().decode("AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz");
        KeyPair pair = Ed25519Keys.keyPairFromSeed(Arrays.copyOfRange(material, 1, 33));
        byte[] expected = Base64.getDecoder().decode("ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW");
        assertThat(Ed25519Keys.rawPublicKey(pair.getPublic())).isEqualTo(Arrays.copyOfRange(expected, 1, 33));
    }

    @Test
    void refusesInvalidNames() {
        byte[] key = NoteSigner.generate("ok").publicKey();
        for (String name : List.of("", "a b", "a+b", "tab\tname", "nbsp\u00a0name", "line\u2028sep")) {
            assertThatIllegalArgumentException().as("%s", name).isThrownBy(() -> NoteVerifier.ed25519(name, key));
            assertThatIllegalArgumentException().as("%s", name).isThrownBy(() -> NoteSigner.generate(name));
        }
        assertThatThrownBy(() -> Ed25519Keys.publicKey(new byte[33])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSameKeyHasDifferentIdsForNotesAndCosignatures() {
        NoteSigner signer = NoteSigner.generate("witness.example/w1");
        assertThat(signer.cosignerVerifier().keyId()).isNotEqualTo(signer.verifier().keyId());
        assertThat(NoteVerifier.parse(signer.cosignerVerifier().format())).isEqualTo(signer.cosignerVerifier());
        String vkey = signer.cosignerVerifier().format();
        assertThat(Base64.getDecoder().decode(vkey.split("\\+", 3)[2])[0]).isEqualTo((byte) 0x04);
    }

    static List<String> manglings(String key) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i <= key.length(); i++) {
            for (int j = i + 1; j <= key.length(); j++) {
                if (i != 0 || j != key.length()) {
                    out.add(key.substring(i, j));
                }
            }
        }
        for (int i = 0; i < key.length(); i++) {
            char[] chars = key.toCharArray();
            chars[i]++;
            out.add(new String(chars));
        }
        return out;
    }
}
