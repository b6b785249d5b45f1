package org.truce.reports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The evidence types accepted, recognised from the content's first bytes (a client's declared type
 * is not trusted): images, video, PDF, plain text, CSV and JSON.
 */
public final class MediaTypes {

    /** How many leading bytes {@link #sniff} looks at. */
    public static final int HEAD = 8192;
    public static final List<String> ACCEPTED = List.of("image/jpeg", "image/png", "image/gif", "image/webp",
            "image/tiff", "image/heic", "video/mp4", "video/quicktime", "video/webm", "application/pdf",
            "application/json", "text/plain");

    private MediaTypes() {
    }

    /** The type of a file that starts with these bytes, when it is one the store accepts. */
    public static Optional<String> sniff(byte[] head, int length) {
        if (length >= 3 && u(head[0]) == 0xFF && u(head[1]) == 0xD8 && u(head[2]) == 0xFF) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(head, length, new int[] {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return Optional.of("image/png");
        }
        if (startsWith(head, length, "GIF87a") || startsWith(head, length, "GIF89a")) {
            return Optional.of("image/gif");
        }
        if (startsWith(head, length, "RIFF") && length >= 12 && ascii(head, 8, 4).equals("WEBP")) {
            return Optional.of("image/webp");
        }
        if (startsWith(head, length, new int[] {'I', 'I', 42, 0}) || startsWith(head, length, new int[] {'M', 'M', 0, 42})) {
            return Optional.of("image/tiff");
        }
        if (length >= 12 && ascii(head, 4, 4).equals("ftyp")) {
            String brand = ascii(head, 8, 4);
            if (brand.startsWith("hei") || brand.startsWith("mif1") || brand.startsWith("heix")) {
                return Optional.of("image/heic");
            }
            return Optional.of(brand.startsWith("qt") ? "video/quicktime" : "video/mp4");
        }
        if (startsWith(head, length, new int[] {0x1A, 0x45, 0xDF, 0xA3})) {
            return Optional.of("video/webm");
        }
        if (startsWith(head, length, "%PDF-")) {
            return Optional.of("application/pdf");
        }
        if (length > 0 && isText(head, length)) {
            int first = 0;
            while (first < length && Character.isWhitespace(head[first])) {
                first++;
            }
            if (first < length && (head[first] == '{' || head[first] == '[')) {
                return Optional.of("application/json");
            }
            return Optional.of("text/plain");
        }
        return Optional.empty();
    }

    /** UTF-8 without control characters other than tab, line feed, carriage return and form feed. */
    private static boolean isText(byte[] head, int length) {
        int end = length;
        if (length == HEAD) {
            // the head may cut a multi-byte character: drop a trailing partial sequence
            int back = 0;
            while (back < 3 && end > 0 && (head[end - 1] & 0xC0) == 0x80) {
                end--;
                back++;
            }
            if (end > 0 && (head[end - 1] & 0xC0) == 0xC0) {
                end--;
            }
        }
        for (int i = 0; i < end; i++) {
            int b = u(head[i]);
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' || b == 0x7F) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(head, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] head, int length, String prefix) {
        return length >= prefix.length() && ascii(head, 0, prefix.length()).equals(prefix);
    }

    private static boolean startsWith(byte[] head, int length, int[] prefix) {
        if (length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (u(head[i]) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String ascii(byte[] bytes, int offset, int length) {
        return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
    }

    private static int u(byte b) {
        return b & 0xFF;
    }
}
