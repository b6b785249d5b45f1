package org.truce.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.Callable;

import org.truce.agreement.PartyKeys;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import tools.jackson.databind.JsonNode;

@Command(name = "verify-signature",
        description = "Verify agreement signatures here, without trusting the server's word. Online: every signature on "
                + "a version, each with its party's public key from GET /api/parties/{code}/public-key. Offline: one "
                + "signature file against a canonical file and a public key.")
class VerifySignatureCommand implements Callable<Integer> {

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
        @Option(names = "--in", required = true, description = "the canonical bytes of the version")
        Path in;

        @Option(names = "--signature", required = true, description = "file with the base64 signature")
        Path signature;

        @Option(names = "--public-key", required = true, description = "file with the public key (PEM or base64 of 32 bytes)")
        Path publicKey;
    }

    static class Online {
        @Option(names = "--url", required = true, description = "the Truce server, e.g. http://localhost:8080")
        String url;

        @Option(names = "--token", description = "an API token (needed for versions that are not public)")
        String token;

        @Option(names = "--agreement", required = true, description = "the agreement id (agr_…)")
        String agreement;

        @Option(names = "--version", required = true, description = "the version number")
        int version;
    }

    @Override
    public Integer call() throws Exception {
        try {
            return mode.offline != null ? offline() : online();
        } catch (ApiClient.Refused | IllegalArgumentException e) {
            System.err.println("refused: " + e.getMessage());
            return 2;
        }
    }

    private int offline() throws Exception {
        Offline o = mode.offline;
        byte[] key = PartyKeys.parsePublicKey(Files.readString(o.publicKey, StandardCharsets.US_ASCII));
        boolean ok = PartyKeys.verify(key, Files.readAllBytes(o.in), PartyKeys.decodeSignature(Files.readString(o.signature)));
        System.out.println(ok ? "OK: the signature verifies with " + PartyKeys.keyId(key) : "FAILED: the signature does not verify");
        return ok ? 0 : 1;
    }

    private int online() {
        Online o = mode.online;
        ApiClient api = new ApiClient(o.url, o.token);
        String path = "/api/agreements/" + o.agreement + "/versions/" + o.version;
        byte[] canonical = api.getBytes(path + "/canonical");
        JsonNode signatures = api.getJson(path).get("signatures");
        if (signatures.isEmpty()) {
            System.out.println("no signatures on " + o.agreement + " version " + o.version);
            return 1;
        }
        boolean all = true;
        for (JsonNode signature : signatures) {
            String party = signature.get("party").asString();
            String keyId = signature.get("keyId").asString();
            byte[] key = registeredKey(api, party, keyId);
            boolean ok = key != null && PartyKeys.verify(key, canonical,
                    Base64.getDecoder().decode(signature.get("signature").asString()));
            all &= ok;
            System.out.printf("%-6s %s %s%n", ok ? "OK" : "FAILED", party, key == null
                    ? keyId + " is not among " + party + "'s registered keys" : keyId);
        }
        return all ? 0 : 1;
    }

    /** The key with this id from the party's key history as the API publishes it, or null. */
    private static byte[] registeredKey(ApiClient api, String party, String keyId) {
        for (JsonNode key : api.getJson("/api/parties/" + party + "/public-key").get("history")) {
            if (key.get("keyId").asString().equals(keyId)) {
                byte[] raw = PartyKeys.parsePublicKey(key.get("publicKey").asString());
                return PartyKeys.keyId(raw).equals(keyId) ? raw : null;
            }
        }
        return null;
    }
}
