package org.truce.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.Map;
import java.util.concurrent.Callable;

import org.truce.agreement.KeyFiles;
import org.truce.agreement.PartyKeys;
import org.truce.shared.CanonicalJson;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import tools.jackson.databind.JsonNode;

@Command(name = "sign",
        description = "Sign an agreement version with your party's private key, which never leaves its file. "
                + "Offline: --in canonical.json --out signature.b64. Online: --url --token --agreement --version "
                + "(fetches the canonical bytes, signs here, submits the signature).")
class SignCommand implements Callable<Integer> {

    @Option(names = "--key", required = true, description = "your party's private key file (PKCS#8 PEM, from truce keygen)")
    Path key;

    // no mixinStandardHelpOptions: --version is the agreement's version here
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Mode mode;

    static class Mode {
        @ArgGroup(exclusive = false)
        Offline offline;

        @ArgGroup(exclusive = false)
        Online online;
    }

    static class Offline {
        @Option(names = "--in", required = true, description = "the canonical bytes of the version (GET …/versions/{v}/canonical)")
        Path in;

        @Option(names = "--out", description = "where to write the base64 signature (default: print it)")
        Path out;
    }

    static class Online {
        @Option(names = "--url", required = true, description = "the Truce server, e.g. http://localhost:8080")
        String url;

        @Option(names = "--token", required = true, description = "your party account's API token")
        String token;

        @Option(names = "--agreement", required = true, description = "the agreement id (agr_…)")
        String agreement;

        @Option(names = "--version", required = true, description = "the version number to sign")
        int version;
    }

    @Override
    public Integer call() throws Exception {
        PrivateKey privateKey;
        try {
            privateKey = KeyFiles.readPrivateKey(key);
        } catch (RuntimeException e) {
            System.err.println("refused: " + e.getMessage());
            return 2;
        }
        try {
            return mode.offline != null ? offline(privateKey) : online(privateKey);
        } catch (ApiClient.Refused refused) {
            System.err.println("refused: " + refused.getMessage());
            return 1;
        }
    }

    private int offline(PrivateKey privateKey) throws Exception {
        byte[] canonical = Files.readAllBytes(mode.offline.in);
        if (!isCanonical(canonical)) {
            System.err.println("refused: " + mode.offline.in + " is not canonical JSON (RFC 8785): sign the exact bytes of "
                    + "GET …/versions/{v}/canonical, not a reformatted copy");
            return 2;
        }
        String signature = PartyKeys.base64(PartyKeys.sign(privateKey, canonical));
        if (mode.offline.out == null) {
            System.out.println(signature);
        } else {
            Files.writeString(mode.offline.out, signature + "\n", StandardCharsets.US_ASCII);
            System.out.println("signature written to " + mode.offline.out);
        }
        return 0;
    }

    private int online(PrivateKey privateKey) {
        Online o = mode.online;
        ApiClient api = new ApiClient(o.url, o.token);
        String version = "/api/agreements/" + o.agreement + "/versions/" + o.version;
        byte[] canonical = api.getBytes(version + "/canonical");
        if (!isCanonical(canonical)) {
            System.err.println("refused: the server's bytes are not canonical JSON; not signing them");
            return 1;
        }
        String signature = PartyKeys.base64(PartyKeys.sign(privateKey, canonical));
        JsonNode accepted = api.postJson(version + "/signatures", Map.of("signature", signature));
        System.out.printf("signed %s version %d as %s with %s; the server verified it: %s%n", o.agreement, o.version,
                accepted.get("party").asString(), accepted.get("keyId").asString(), accepted.get("verifies").asBoolean());
        return 0;
    }

    static boolean isCanonical(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        try {
            return CanonicalJson.canonicalize(text).equals(text);
        } catch (RuntimeException notJson) {
            return false;
        }
    }
}
