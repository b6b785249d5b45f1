package org.truce.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.concurrent.Callable;

import org.truce.agreement.KeyFiles;
import org.truce.agreement.PartyKeys;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "keygen", mixinStandardHelpOptions = true,
        description = "Make a party's Ed25519 key pair: the private key goes to a new owner-only PEM file, "
                + "the public key is printed for PUT /api/parties/{code}/public-key.")
class KeygenCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, description = "the private key file to create (PKCS#8 PEM); never overwritten")
    Path out;

    @Option(names = "--public-out", description = "also write the public key (PEM) to this file")
    Path publicOut;

    @Override
    public Integer call() throws Exception {
        if (Files.exists(out)) {
            System.err.println("refused: " + out + " exists; a private key is never overwritten");
            return 2;
        }
        KeyPair pair = PartyKeys.generate();
        KeyFiles.writePrivateKey(out, pair.getPrivate());
        byte[] raw = PartyKeys.rawPublicKey(pair.getPublic());
        String pem = PartyKeys.publicKeyPem(raw);
        if (publicOut != null) {
            Files.writeString(publicOut, pem);
        }
        System.out.printf("private key: %s (owner-only; it never leaves this file)%n", out.toAbsolutePath().normalize());
        System.out.printf("key id:      %s%n", PartyKeys.keyId(raw));
        System.out.printf("public key (base64 of its 32 bytes): %s%n%s", PartyKeys.base64(raw), pem);
        System.out.printf("register it as your party, e.g.:%n  curl -X PUT -H 'Authorization: Bearer TOKEN' "
                + "-H 'Content-Type: application/json' -d '{\"publicKey\": \"%s\"}' "
                + "http://localhost:8080/api/parties/CODE/public-key%n", PartyKeys.base64(raw));
        return 0;
    }
}
