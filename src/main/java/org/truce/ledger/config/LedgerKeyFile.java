package org.truce.ledger.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.truce.ledger.NoteSigner;

/**
 * The instance's Ed25519 signing key on disk, in the signer-key text form of
 * golang.org/x/mod/sumdb/note ({@code PRIVATE+KEY+<origin>+<key ID>+<seed>}), readable by its
 * owner only. Generated on first start; the private half never leaves the file.
 */
final class LedgerKeyFile {

    private static final Logger log = LoggerFactory.getLogger(LedgerKeyFile.class);
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE);
    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);

    private LedgerKeyFile() {
    }

    /** Reads the key at {@code file}, or generates one named {@code origin} there when there is none. */
    static NoteSigner loadOrGenerate(Path file, String origin) {
        try {
            if (Files.exists(file)) {
                NoteSigner signer = NoteSigner.parse(Files.readString(file, StandardCharsets.US_ASCII).strip());
                if (!signer.name().equals(origin)) {
                    throw new IllegalStateException("the ledger key " + file + " is the key of the log '" + signer.name()
                            + "', but truce.ledger.origin is '" + origin + "': a log's origin never changes; set the"
                            + " origin back or give this log a new key file");
                }
                return signer;
            }
            NoteSigner signer = NoteSigner.generate(origin);
            write(file, signer.formatPrivateKey() + "\n");
            log.info("generated the ledger's signing key {} in {}", signer.verifier().format(), file);
            return signer;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the ledger key " + file, e);
        }
    }

    private static void write(Path file, String secret) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        if (!Files.isDirectory(dir)) {
            if (posix) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIR));
            } else {
                Files.createDirectories(dir);
            }
        }
        Path temporary = dir.resolve(file.getFileName() + ".tmp");
        Files.deleteIfExists(temporary);
        if (posix) {
            Files.createFile(temporary, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
        } else {
            Files.createFile(temporary);
        }
        Files.writeString(temporary, secret, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
        // Two instances starting at once on one shared key path: the first move wins, the other reads it.
        try {
            Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
