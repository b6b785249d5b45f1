package org.truce.ledger.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.truce.ledger.MerkleTree;
import org.truce.ledger.TileAddress;
import org.truce.ledger.TlogTiles;
import org.truce.ledger.store.LedgerEntryReader;
import org.truce.ledger.store.LedgerTreeIndex;
import org.truce.shared.NotFound;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The log in the C2SP tlog-tiles layout, so that existing transparency-log clients can read it:
 * {@code /tlog/checkpoint}, {@code /tlog/tile/<L>/<N>[.p/<W>]}, {@code /tlog/tile/entries/<N>[.p/<W>]}.
 * Tiles never change once they exist: a full one is cached for a year.
 */
@RestController
@Tag(name = "Ledger tiles (C2SP tlog-tiles)")
class TlogController {

    private static final CacheControl IMMUTABLE = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private final LedgerTreeIndex index;
    private final LedgerEntryReader reader;
    private final ServedCheckpoints served;

    TlogController(LedgerTreeIndex index, LedgerEntryReader reader, ServedCheckpoints served) {
        this.index = index;
        this.reader = reader;
        this.served = served;
    }

    @GetMapping("/tlog/checkpoint")
    @Operation(summary = "The latest checkpoint with its cosignatures (C2SP signed note)")
    ResponseEntity<String> checkpoint() {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).contentType(ServedCheckpoints.NOTE)
                .body(served.noteWithCosignatures(served.find(null)));
    }

    @GetMapping("/tlog/tile/{*path}")
    @Operation(summary = "A hash tile or an entry bundle")
    ResponseEntity<byte[]> tile(@PathVariable String path) {
        String relative = "tile" + path;
        TileAddress address;
        try {
            address = TlogTiles.parsePath(relative);
        } catch (IllegalArgumentException e) {
            throw new NotFound("tile", relative);
        }
        MerkleTree tree = index.tree();
        int level = address instanceof TileAddress.HashTile hash ? hash.level() : 0;
        if (TlogTiles.tileWidth(level, address.index(), tree.size()) < address.width()) {
            throw new NotFound("tile", relative);
        }
        byte[] bytes = address instanceof TileAddress.HashTile hash
                ? TlogTiles.hashTile(tree, hash)
                : entryBundle(address.index(), address.width(), relative);
        return ResponseEntity.ok()
                .cacheControl(address.isPartial() ? CacheControl.noCache() : IMMUTABLE)
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(bytes);
    }

    private byte[] entryBundle(long tileIndex, int width, String path) {
        long first = tileIndex * TlogTiles.TILE_WIDTH;
        List<LedgerEntryReader.PublicEntry> rows = reader.publicEntries(first, first + width, width);
        List<byte[]> entries = new ArrayList<>(width);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).seq() != first + i) {
                break;
            }
            entries.add(rows.get(i).body().getBytes(StandardCharsets.UTF_8));
        }
        if (entries.size() != width) {
            throw new NotFound("entry bundle", path);
        }
        return TlogTiles.entryBundle(entries);
    }
}
