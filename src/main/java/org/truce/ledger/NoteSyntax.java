package org.truce.ledger;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/** The small lexical rules shared by signed notes, checkpoints and verifier keys. */
final class NoteSyntax {

    private NoteSyntax() {
    }

    /**
     * A key name (and, by recommendation, a checkpoint origin) is non-empty UTF-8 without
     * Unicode spaces or '+': '+' separates the fields of a verifier key and a space ends the name
     * in a signature line. The space test is Go's unicode.IsSpace, which the reference
     * implementation uses.
     */
    static boolean isValidKeyName(String name) {
        if (name == null || name.isEmpty() || !isWellFormedUtf16(name)) {
            return false;
        }
        return name.codePoints().noneMatch(cp -> cp == '+' || isUnicodeSpace(cp) || cp < 0x20);
    }

    static boolean isUnicodeSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85;
    }

    /** True when the text has no ASCII control character other than newline, as signed notes require. */
    static boolean hasOnlyNewlineControls(String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch < 0x20 && ch != '\n') {
                return false;
            }
        }
        return true;
    }

    /** A Java string that encodes to valid UTF-8, i.e. without unpaired surrogates. */
    static boolean isWellFormedUtf16(String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (Character.isHighSurrogate(ch)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(ch)) {
                return false;
            }
        }
        return true;
    }

    /** Strict UTF-8 decoding: malformed input is an error, not U+FFFD. */
    static Optional<String> decodeUtf8(byte[] bytes) {
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return Optional.of(chars.toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /**
     * Standard padded base64 (RFC 4648 §4) in its one canonical spelling. Java's decoder also
     * takes unpadded input and ignores non-zero trailing bits; accepting those would let one
     * signature or key be written several ways.
     */
    static Optional<byte[]> decodeBase64(String text) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!Base64.getEncoder().encodeToString(bytes).equals(text)) {
            return Optional.empty();
        }
        return Optional.of(bytes);
    }

    static String encodeBase64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] p : parts) {
            length += p.length;
        }
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    static byte[] copy(byte[] bytes, int expectedLength, String what) {
        if (bytes == null) {
            throw new NullPointerException(what);
        }
        if (bytes.length != expectedLength) {
            throw new IllegalArgumentException(what + " must have " + expectedLength + " bytes, not " + bytes.length);
        }
        return Arrays.copyOf(bytes, bytes.length);
    }
}
