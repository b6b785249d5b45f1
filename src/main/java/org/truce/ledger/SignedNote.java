package org.truce.ledger;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.LinkedHashSet;
import java.util.Set;

import org.truce.ledger.NoteRejectedException.Reason;

/**
 * A C2SP signed note: a text ending in '\n', a blank line, then one or more lines
 * {@code — <key name> <base64(key ID ‖ signature)>}.
 *
 * <p>{@link #parse} checks only the syntax; {@link #open} also checks signatures and is the only
 * way to get a text that may be trusted. Opening follows the reference implementation
 * (golang.org/x/mod/sumdb/note): lines from keys the caller does not know are kept but not
 * trusted, a known key whose signature fails rejects the whole note, and at least one known key
 * must have signed.
 */
public final class SignedNote {

    /** More signatures than this and the note is refused unread (the spec requires at least 16). */
    public static final int MAX_SIGNATURES = 100;

    private final String text;
    private final List<NoteSignature> signatures;

    private SignedNote(String text, List<NoteSignature> signatures) {
        this.text = text;
        this.signatures = List.copyOf(signatures);
    }

    /**
     * A note of {@code text} signed by each of {@code signers}.
     *
     * @throws IllegalArgumentException if the text does not end in '\n', has control characters
     *                                  other than newline or unpaired surrogates
     */
    public static SignedNote sign(String text, NoteSigner... signers) {
        Objects.requireNonNull(text, "text");
        if (signers.length == 0) {
            throw new IllegalArgumentException("a signed note needs at least one signer");
        }
        requireNoteText(text);
        List<NoteSignature> signatures = new ArrayList<>(signers.length);
        for (NoteSigner signer : signers) {
            signatures.add(signer.sign(text));
        }
        return new SignedNote(text, signatures);
    }

    /** A note from a text and signature lines already made (for example stored cosignatures). */
    public static SignedNote of(String text, List<NoteSignature> signatures) {
        Objects.requireNonNull(text, "text");
        requireNoteText(text);
        if (signatures.isEmpty() || signatures.size() > MAX_SIGNATURES) {
            throw new IllegalArgumentException("a signed note carries 1 to " + MAX_SIGNATURES + " signatures");
        }
        return new SignedNote(text, signatures);
    }

    /** Reads the syntax of a signed note given as UTF-8 bytes, checking no signature. */
    public static SignedNote parse(byte[] message) {
        Objects.requireNonNull(message, "message");
        String decoded = NoteSyntax.decodeUtf8(message).orElseThrow(() -> malformed("note is not valid UTF-8"));
        return parse(decoded);
    }

    /**
     * Reads the syntax of a signed note, checking no signature.
     *
     * @throws NoteRejectedException with reason MALFORMED
     */
    public static SignedNote parse(String message) {
        Objects.requireNonNull(message, "message");
        if (!NoteSyntax.isWellFormedUtf16(message)) {
            throw malformed("note is not valid UTF-8");
        }
        if (!NoteSyntax.hasOnlyNewlineControls(message)) {
            throw malformed("note contains a control character");
        }
        // The text may itself contain blank lines: the last blank line is the separator.
        int split = message.lastIndexOf("\n\n");
        if (split < 0) {
            throw malformed("note has no blank line before its signatures");
        }
        String text = message.substring(0, split + 1);
        String block = message.substring(split + 2);
        if (block.isEmpty() || !block.endsWith("\n")) {
            throw malformed("note signatures must be one or more lines, each ending in a newline");
        }
        List<NoteSignature> signatures = new ArrayList<>();
        int at = 0;
        while (at < block.length()) {
            int end = block.indexOf('\n', at);
            if (signatures.size() == MAX_SIGNATURES) {
                throw malformed("note has more than " + MAX_SIGNATURES + " signatures");
            }
            signatures.add(parseLine(block.substring(at, end)));
            at = end + 1;
        }
        return new SignedNote(text, signatures);
    }

    static NoteSignature parseLine(String line) {
        if (!line.startsWith(NoteSignature.LINE_PREFIX)) {
            throw malformed("signature line must start with an em dash and a space");
        }
        String rest = line.substring(NoteSignature.LINE_PREFIX.length());
        int space = rest.indexOf(' ');
        if (space < 0) {
            throw malformed("signature line must be name, space, base64");
        }
        String name = rest.substring(0, space);
        byte[] raw = NoteSyntax.decodeBase64(rest.substring(space + 1))
                .orElseThrow(() -> malformed("signature is not canonical base64"));
        if (!NoteSyntax.isValidKeyName(name) || raw.length < 5) {
            throw malformed("signature line has an invalid name or a signature shorter than 5 bytes");
        }
        return new NoteSignature(name, ByteBuffer.wrap(raw).getInt(), Arrays.copyOfRange(raw, 4, raw.length));
    }

    /** Parses and verifies in one step; see {@link #verify}. */
    public static OpenedNote open(String message, Collection<NoteVerifier> known) {
        return parse(message).verify(known);
    }

    public static OpenedNote open(byte[] message, Collection<NoteVerifier> known) {
        return parse(message).verify(known);
    }

    /**
     * Checks the signatures against the known keys.
     *
     * <p>A line is matched to a known key by name and key ID both; a line that matches none is
     * returned as unverified. Repeated lines from one key are checked once.
     *
     * @throws NoteRejectedException    INVALID_SIGNATURE if a known key's signature fails,
     *                                  NO_VERIFIED_SIGNATURE if no known key signed
     * @throws IllegalArgumentException if two different known keys share a name and key ID (a
     *                                  misconfiguration, or someone tampering with the key list)
     */
    public OpenedNote verify(Collection<NoteVerifier> known) {
        Objects.requireNonNull(known, "known");
        Map<String, NoteVerifier> byLabel = new HashMap<>();
        for (NoteVerifier verifier : known) {
            String label = label(verifier.name(), verifier.keyId());
            NoteVerifier previous = byLabel.putIfAbsent(label, verifier);
            if (previous != null && !previous.equals(verifier)) {
                throw new IllegalArgumentException("two different known keys are both " + label);
            }
        }
        byte[] textBytes = text.getBytes(StandardCharsets.UTF_8);
        Map<String, NoteSignature> verified = new LinkedHashMap<>();
        Set<NoteSignature> unverified = new LinkedHashSet<>();
        for (NoteSignature signature : signatures) {
            String label = signature.keyLabel();
            NoteVerifier verifier = byLabel.get(label);
            if (verifier == null) {
                unverified.add(signature);
                continue;
            }
            if (verified.containsKey(label)) {
                continue;
            }
            if (!verifier.verify(textBytes, signature.signature())) {
                throw new NoteRejectedException(Reason.INVALID_SIGNATURE, "invalid signature for key " + label);
            }
            verified.put(label, signature);
        }
        if (verified.isEmpty()) {
            throw new NoteRejectedException(Reason.NO_VERIFIED_SIGNATURE, "note has no signature from a known key");
        }
        return new OpenedNote(text, new ArrayList<>(verified.values()), new ArrayList<>(unverified));
    }

    /**
     * This note with more signature lines; a new line replaces an existing one from the same
     * name and key ID (a witness re-cosigning, a log re-signing), the rest keep their order.
     */
    public SignedNote withSignatures(List<NoteSignature> added) {
        Map<String, NoteSignature> byLabel = new LinkedHashMap<>();
        List<NoteSignature> merged = new ArrayList<>();
        for (NoteSignature s : added) {
            byLabel.put(s.keyLabel(), s);
        }
        for (NoteSignature s : signatures) {
            if (!byLabel.containsKey(s.keyLabel())) {
                merged.add(s);
            }
        }
        merged.addAll(byLabel.values());
        if (merged.size() > MAX_SIGNATURES) {
            throw new IllegalArgumentException("a signed note carries at most " + MAX_SIGNATURES + " signatures");
        }
        return new SignedNote(text, merged);
    }

    /** The note text, without the blank line and signatures; untrusted unless it came from {@link #open}. */
    public String text() {
        return text;
    }

    public List<NoteSignature> signatures() {
        return signatures;
    }

    /** The note as served: text, blank line, signature lines. */
    public String format() {
        StringBuilder out = new StringBuilder(text.length() + 1 + 128 * signatures.size()).append(text).append('\n');
        for (NoteSignature signature : signatures) {
            out.append(signature.line());
        }
        return out.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedNote n && text.equals(n.text) && signatures.equals(n.signatures);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, signatures);
    }

    @Override
    public String toString() {
        return format();
    }

    private static void requireNoteText(String text) {
        if (!text.endsWith("\n")) {
            throw new IllegalArgumentException("note text must end with a newline");
        }
        if (!NoteSyntax.hasOnlyNewlineControls(text) || !NoteSyntax.isWellFormedUtf16(text)) {
            throw new IllegalArgumentException("note text must be UTF-8 without control characters other than newline");
        }
    }

    private static String label(String name, int keyId) {
        return name + "+" + String.format("%08x", keyId);
    }

    private static NoteRejectedException malformed(String message) {
        return new NoteRejectedException(Reason.MALFORMED, message);
    }
}
