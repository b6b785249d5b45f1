package org.truce.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Base64;
import java.util.Random;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Party keys in the forms parties hold them, and signatures that verify only over the bytes signed. */
class PartyKeysTest {

    private final KeyPair pair = PartyKeys.generate();
    private final byte[] raw = PartyKeys.rawPublicKey(pair.getPublic());

    @Test
    void aPublicKeyIsReadFromPemFromRawBase64AndFromDerBase64() {
        assertThat(PartyKeys.parsePublicKey(PartyKeys.publicKeyPem(raw))).isEqualTo(raw);
        assertThat(PartyKeys.parsePublicKey(PartyKeys.base64(raw))).isEqualTo(raw);
        assertThat(PartyKeys.parsePublicKey(Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()))).isEqualTo(raw);
    }

    @Test
    void notAPublicKeyIsRefusedWithTheReason() {
        assertThatThrownBy(() -> PartyKeys.parsePublicKey(PartyKeys.privateKeyPem(pair.getPrivate())))
                .hasMessageContaining("never send a private key");
        assertThatThrownBy(() -> PartyKeys.parsePublicKey("AAAA")).hasMessageContaining("3 bytes");
        assertThatThrownBy(() -> PartyKeys.parsePublicKey("not base64!")).hasMessageContaining("not base64");
        assertThatThrownBy(() -> PartyKeys.parsePublicKey(null)).hasMessageContaining("required");
    }

    @Test
    void theKeyIdIsStableAndDiffersBetweenKeys() {
        assertThat(PartyKeys.keyId(raw)).matches("key_[0-9a-f]{32}").isEqualTo(PartyKeys.keyId(raw.clone()));
        assertThat(PartyKeys.keyId(PartyKeys.rawPublicKey(PartyKeys.generate().getPublic()))).isNotEqualTo(PartyKeys.keyId(raw));
    }

    @Test
    void aPrivateKeyFileIsReadBackToTheSameKeyPair(@TempDir Path folder) {
        Path file = folder.resolve("party.pem");
        KeyFiles.writePrivateKey(file, pair.getPrivate());
        KeyPair read = PartyKeys.keyPair(KeyFiles.readPrivateKey(file));
        assertThat(PartyKeys.rawPublicKey(read.getPublic())).isEqualTo(raw);
        assertThatThrownBy(() -> KeyFiles.writePrivateKey(file, pair.getPrivate())).as("never overwrites a key")
                .hasMessageContaining(file.toString());
    }

    @RepeatedTest(20)
    void aSignatureVerifiesOverTheSignedBytesOnly(RepetitionInfo repetition) {
        long seed = 0x5EED0000L + repetition.getCurrentRepetition();
        Random random = new Random(seed);
        byte[] message = new byte[1 + random.nextInt(500)];
        random.nextBytes(message);
        byte[] signature = PartyKeys.sign(pair.getPrivate(), message);
        assertThat(PartyKeys.verify(raw, message, signature)).as("seed %d", seed).isTrue();

        byte[] altered = message.clone();
        altered[random.nextInt(altered.length)] ^= (byte) (1 << random.nextInt(8));
        assertThat(PartyKeys.verify(raw, altered, signature)).as("altered message, seed %d", seed).isFalse();
        byte[] forged = signature.clone();
        forged[random.nextInt(forged.length)] ^= (byte) (1 << random.nextInt(8));
        assertThat(PartyKeys.verify(raw, message, forged)).as("altered signature, seed %d", seed).isFalse();
        byte[] otherKey = PartyKeys.rawPublicKey(PartyKeys.generate().getPublic());
        assertThat(PartyKeys.verify(otherKey, message, signature)).as("another key, seed %d", seed).isFalse();
    }

    @Test
    void malformedSignaturesAreRefusedNotThrown() {
        byte[] message = "x".getBytes(StandardCharsets.UTF_8);
        assertThat(PartyKeys.verify(raw, message, new byte[10])).isFalse();
        assertThat(PartyKeys.verify(new byte[5], message, new byte[64])).isFalse();
        assertThatThrownBy(() -> PartyKeys.decodeSignature("AAAA")).hasMessageContaining("64 bytes");
    }
}
