package org.truce.ledger;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The body of a C2SP tlog-checkpoint: the note text a log signs to commit to its tree head.
 *
 * <pre>
 * &lt;origin&gt;\n
 * &lt;tree size, decimal&gt;\n
 * &lt;root hash, base64&gt;\n
 * [&lt;extension line&gt;\n ...]
 * </pre>
 *
 * Construction and {@link #parse} both validate strictly: a checkpoint is a statement others
 * will hold the log to, so anything that could be read two ways is refused rather than guessed.
 */
public final class Checkpoint {

    private final String origin;
    private final long size;
    private final byte[] rootHash;
    private final List<String> extensions;

    public Checkpoint(String origin, long size, byte[] rootHash, List<String> extensions) {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(extensions, "extensions");
        requireLine(origin, "origin");
        if (size < 0) {
            throw new IllegalArgumentException("tree size must not be negative: " + size);
        }
        this.origin = origin;
        this.size = size;
        this.rootHash = NoteSyntax.copy(rootHash, MerkleHashes.HASH_LENGTH, "root hash");
        this.extensions = List.copyOf(extensions);
        for (String line : this.extensions) {
            requireLine(line, "extension line");
        }
    }

    public Checkpoint(String origin, long size, byte[] rootHash) {
        this(origin, size, rootHash, List.of());
    }

    public String origin() {
        return origin;
    }

    public long size() {
        return size;
    }

    public byte[] rootHash() {
        return rootHash.clone();
    }

    public List<String> extensions() {
        return extensions;
    }

    /** The note text: every line, the last included, ends in '\n'. */
    public String format() {
        StringBuilder text = new StringBuilder(origin.length() + 70)
                .append(origin).append('\n')
                .append(size).append('\n')
                .append(NoteSyntax.encodeBase64(rootHash)).append('\n');
        for (String line : extensions) {
            text.append(line).append('\n');
        }
        return text.toString();
    }

    /**
     * Reads a checkpoint body (the text of a signed note, without signatures).
     *
     * @throws IllegalArgumentException naming the first rule the text breaks
     */
    public static Checkpoint parse(String text) {
        Objects.requireNonNull(text, "text");
        if (!text.endsWith("\n")) {
            throw new IllegalArgumentException("checkpoint must end with a newline");
        }
        List<String> lines = new ArrayList<>(Arrays.asList(text.substring(0, text.length() - 1).split("\n", -1)));
        if (lines.size() < 3) {
            throw new IllegalArgumentException("checkpoint needs origin, size and root hash lines, has " + lines.size());
        }
        String origin = lines.get(0);
        long size = parseSize(lines.get(1));
        byte[] root = NoteSyntax.decodeBase64(lines.get(2))
                .filter(h -> h.length == MerkleHashes.HASH_LENGTH)
                .orElseThrow(() -> new IllegalArgumentException("root hash line is not the base64 of 32 bytes"));
        return new Checkpoint(origin, size, root, lines.subList(3, lines.size()));
    }

    // Decimal, no sign, no leading zero except for "0" itself, within a Java long.
    private static long parseSize(String line) {
        boolean digitsOnly = !line.isEmpty() && line.chars().allMatch(ch -> ch >= '0' && ch <= '9');
        if (!digitsOnly || (line.length() > 1 && line.charAt(0) == '0') || line.length() > 19) {
            throw new IllegalArgumentException("tree size line is not a canonical decimal: " + line);
        }
        try {
            return Long.parseLong(line);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("tree size is too large: " + line, e);
        }
    }

    private static void requireLine(String line, String what) {
        if (line.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        if (line.indexOf('\n') >= 0 || !NoteSyntax.hasOnlyNewlineControls(line) || !NoteSyntax.isWellFormedUtf16(line)) {
            throw new IllegalArgumentException(what + " must be one line of UTF-8 text without control characters");
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Checkpoint c
                && size == c.size
                && origin.equals(c.origin)
                && MessageDigest.isEqual(rootHash, c.rootHash)
                && extensions.equals(c.extensions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(origin, size, Arrays.hashCode(rootHash), extensions);
    }

    @Override
    public String toString() {
        return "Checkpoint[" + origin + ", " + size + ", " + NoteSyntax.encodeBase64(rootHash) + "]";
    }
}
