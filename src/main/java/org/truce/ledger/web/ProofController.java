package org.truce.ledger.web;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.truce.ledger.MerkleTree;
import org.truce.ledger.store.CheckpointIssuer;
import org.truce.ledger.store.CheckpointStore.StoredCheckpoint;
import org.truce.ledger.store.LedgerTreeIndex;
import org.truce.shared.InvalidInput;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * RFC 9162 proofs from the in-memory tree, for anyone. A proof is against a tree size; without
 * one, against the latest checkpoint's, so that its root is one the log has signed.
 */
@RestController
@Tag(name = "Ledger")
class ProofController {

    private static final Base64.Encoder BASE64 = Base64.getEncoder();

    private final LedgerTreeIndex index;
    private final CheckpointIssuer checkpoints;

    ProofController(LedgerTreeIndex index, CheckpointIssuer checkpoints) {
        this.index = index;
        this.checkpoints = checkpoints;
    }

    @GetMapping("/api/ledger/proof/inclusion")
    @Operation(summary = "Inclusion proof of entry `index` in the tree of `size` entries (default: the latest checkpoint's)")
    Map<String, Object> inclusion(@RequestParam long index, @RequestParam(required = false) Long size) {
        MerkleTree tree = this.index.tree();
        long treeSize = size != null ? size : defaultSize(tree);
        requireSize("size", treeSize, tree, 1);
        if (index < 0 || index >= treeSize) {
            throw InvalidInput.of("index", "must be from 0 to " + (treeSize - 1) + " in a tree of " + treeSize + " entries");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("index", index);
        body.put("treeSize", treeSize);
        body.put("leafHash", BASE64.encodeToString(tree.leafHash(index)));
        body.put("rootHash", BASE64.encodeToString(tree.root(treeSize)));
        body.put("hashes", base64(tree.inclusionProof(index, treeSize)));
        return body;
    }

    @GetMapping("/api/ledger/proof/consistency")
    @Operation(summary = "Consistency proof from the tree of `first` entries to the tree of `second` (default: the latest checkpoint's)")
    Map<String, Object> consistency(@RequestParam long first, @RequestParam(required = false) Long second) {
        MerkleTree tree = index.tree();
        long newSize = second != null ? second : defaultSize(tree);
        requireSize("second", newSize, tree, 0);
        if (first < 0 || first > newSize) {
            throw InvalidInput.of("first", "must be from 0 to " + newSize + " (second)");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("first", first);
        body.put("second", newSize);
        body.put("firstRoot", BASE64.encodeToString(tree.root(first)));
        body.put("secondRoot", BASE64.encodeToString(tree.root(newSize)));
        body.put("hashes", base64(tree.consistencyProof(first, newSize)));
        return body;
    }

    private long defaultSize(MerkleTree tree) {
        long latest = checkpoints.latest().map(StoredCheckpoint::size).orElse(tree.size());
        return Math.min(latest, tree.size());
    }

    private static void requireSize(String field, long size, MerkleTree tree, long min) {
        if (size < min || size > tree.size()) {
            throw InvalidInput.of(field, "must be from " + min + " to " + tree.size() + ", the number of entries in the log");
        }
    }

    private static List<String> base64(List<byte[]> hashes) {
        return hashes.stream().map(BASE64::encodeToString).toList();
    }
}
