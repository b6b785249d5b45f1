package org.truce.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** Evidence types are recognised from the content, whatever the client says. */
class MediaTypesTest {

    private static String sniff(byte[] bytes) {
        byte[] head = Arrays.copyOf(bytes, MediaTypes.HEAD);
        return MediaTypes.sniff(head, Math.min(bytes.length, MediaTypes.HEAD)).orElse("refused");
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    @Test
    void imagesVideoPdfAndTextAreRecognised() {
        assertThat(sniff(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10))).isEqualTo("image/jpeg");
        assertThat(sniff(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0))).isEqualTo("image/png");
        assertThat(sniff(bytes(0, 0, 0, 0x20, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'))).isEqualTo("video/mp4");
        assertThat(sniff(bytes(0, 0, 0, 0x14, 'f', 't', 'y', 'p', 'q', 't', ' ', ' '))).isEqualTo("video/quicktime");
        assertThat(sniff("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).isEqualTo("application/pdf");
        assertThat(sniff(" {\"a\": 1}".getBytes(StandardCharsets.UTF_8))).isEqualTo("application/json");
        assertThat(sniff("Суджа, 21 March\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("text/plain");
    }

    @Test
    void executablesArchivesAndBinaryAreRefused() {
        assertThat(sniff(bytes('M', 'Z', 0x90, 0, 3, 0))).isEqualTo("refused");
        assertThat(sniff(bytes(0x7F, 'E', 'L', 'F', 2, 1))).isEqualTo("refused");
        assertThat(sniff(bytes('P', 'K', 3, 4, 20, 0))).isEqualTo("refused");
        assertThat(sniff(bytes(0xC3, 0x28, 'a'))).as("malformed UTF-8").isEqualTo("refused");
    }

    @Test
    void textCutInTheMiddleOfACharacterAtTheEndOfTheHeadIsStillText() {
        byte[] text = "ж".repeat(MediaTypes.HEAD).getBytes(StandardCharsets.UTF_8);
        assertThat(MediaTypes.sniff(Arrays.copyOf(text, MediaTypes.HEAD), MediaTypes.HEAD)).contains("text/plain");
        byte[] odd = Arrays.copyOfRange(text, 1, MediaTypes.HEAD + 1);
        assertThat(MediaTypes.sniff(odd, MediaTypes.HEAD)).as("starts mid-character").isEmpty();
    }
}
