package org.truce.agreement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PrivateKey;

/** A party's private key in its own file (PKCS#8 PEM), readable by its owner only. */
public final class KeyFiles {

    private KeyFiles() {
    }

    /**
     * Writes the key to a new file with owner-only permissions where the file system has them.
     *
     * @throws FileAlreadyExistsException (unchecked, wrapped) rather than overwrite a key
     */
    public static void writePrivateKey(Path file, PrivateKey key) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            byte[] pem = PartyKeys.privateKeyPem(key).getBytes(StandardCharsets.US_ASCII);
            if (parent != null && Files.getFileStore(parent).supportsFileAttributeView("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
            Files.write(file, pem);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the private key to " + file, e);
        }
    }

    public static PrivateKey readPrivateKey(Path file) {
        try {
            return PartyKeys.readPrivateKeyPem(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the private key " + file, e);
        }
    }
}
