package org.truce.reports.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import org.truce.reports.EvidenceFiles;
import org.truce.reports.MediaTypes;
import org.truce.shared.InvalidInput;
import org.truce.shared.NotFound;
import org.truce.shared.TooLarge;

/**
 * Evidence content under {@code <data-dir>/evidence/aa/bb/<sha256>}: streamed to a temporary file
 * while hashed and counted (aborted as soon as it passes the limit), forced to disk, then moved
 * into place atomically. A file already there is never replaced: same hash, same content.
 */
public class FileSystemEvidenceFiles implements EvidenceFiles {

    private final Path root;
    private final Path incoming;

    public FileSystemEvidenceFiles(Path root) {
        this.root = root;
        this.incoming = root.resolve("incoming");
        try {
            Files.createDirectories(incoming);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the evidence folder " + root, e);
        }
    }

    @Override
    public Stored store(InputStream content, long maxBytes, String field) {
        Path temporary = null;
        try {
            temporary = Files.createTempFile(incoming, "upload-", ".part");
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] head = new byte[MediaTypes.HEAD];
            int headLength = 0;
            long size = 0;
            byte[] buffer = new byte[1 << 16];
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temporary), sha256)) {
                int read;
                while ((read = content.read(buffer)) != -1) {
                    size += read;
                    if (size > maxBytes) {
                        throw new TooLarge(field, "the file exceeds the limit of " + maxBytes + " bytes; nothing was stored");
                    }
                    if (headLength < head.length) {
                        int copy = Math.min(read, head.length - headLength);
                        System.arraycopy(buffer, 0, head, headLength, copy);
                        headLength += copy;
                    }
                    out.write(buffer, 0, read);
                }
            }
            if (size == 0) {
                throw InvalidInput.of(field, "the file is empty");
            }
            Optional<String> type = MediaTypes.sniff(head, headLength);
            if (type.isEmpty()) {
                throw InvalidInput.of(field, "not an accepted type (by its content): " + String.join(", ", MediaTypes.ACCEPTED));
            }
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            String hash = HexFormat.of().formatHex(sha256.digest());
            Path target = path(hash);
            Files.createDirectories(target.getParent());
            if (!Files.exists(target)) {
                try {
                    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
                    temporary = null;
                    forceDirectory(target.getParent());
                } catch (FileAlreadyExistsException raced) {
                    // another upload of the same content won: the content is the same
                }
            }
            return new Stored(hash, size, type.get());
        } catch (IOException e) {
            throw new UncheckedIOException("storing evidence failed", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // a leftover temporary file holds nothing anyone can reach
                }
            }
        }
    }

    @Override
    public InputStream open(String sha256) {
        try {
            return Files.newInputStream(path(sha256));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new NotFound("evidence file", sha256);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path path(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    private static void forceDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // not every file system lets a directory be forced; the move itself is atomic
        }
    }
}
