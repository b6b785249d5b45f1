package org.truce.reports.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.truce.reports.BulkFormat;
import org.truce.reports.BulkResult;
import org.truce.reports.NewReport;
import org.truce.reports.ReportPage;
import org.truce.reports.ReportView;
import org.truce.reports.Reports;
import org.truce.reports.store.BinaryClaimSpool;
import org.truce.shared.InvalidInput;
import org.truce.shared.Viewer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Reports", description = "Claims that something happened: submitted one by one or in bulk, immutable once accepted")
class ReportsController {

    private final Reports reports;
    private final Path spoolFolder;
    private final long bulkMaxBytes;

    ReportsController(Reports reports, @Value("${truce.data-dir:./data}") Path dataDir,
                      @Value("${truce.reports.bulk.max-bytes:4294967296}") long bulkMaxBytes) {
        this.reports = reports;
        this.spoolFolder = dataDir.resolve("tmp");
        this.bulkMaxBytes = bulkMaxBytes;
    }

    @PostMapping("/api/reports")
    @Operation(summary = "Submit a report (a party its own claims; monitors and the mediator as the monitor); "
            + "answered once durable")
    ResponseEntity<ReportView> submit(Viewer viewer, @RequestBody NewReport report) {
        ReportView accepted = reports.submit(viewer, report);
        return ResponseEntity.created(URI.create("/api/reports/" + accepted.report().id())).body(accepted);
    }

    @GetMapping("/api/reports/{id}")
    @Operation(summary = "One report, when you may read it (404 otherwise)")
    ReportView get(Viewer viewer, @PathVariable String id) {
        return reports.get(viewer, id);
    }

    @GetMapping("/api/reports")
    @Operation(summary = "The reports you may read, oldest first; filters: time range, claiming party, accused party, "
            + "bbox=minLon,minLat,maxLon,maxLat; paged with after=<last id>")
    ReportPage list(Viewer viewer, @RequestParam(required = false) String from,
                    @RequestParam(required = false) String to, @RequestParam(required = false) String party,
                    @RequestParam(required = false) String accused, @RequestParam(required = false) String bbox,
                    @RequestParam(defaultValue = "false") boolean includeSuperseded,
                    @RequestParam(required = false) String after, @RequestParam(required = false) Integer limit) {
        return reports.list(viewer, ReportQueries.parse(from, to, party, accused, bbox, includeSuperseded, after, limit));
    }

    @GetMapping("/api/reports/count")
    @Operation(summary = "How many reports you may read match the filters")
    Map<String, Long> count(Viewer viewer, @RequestParam(required = false) String from,
                            @RequestParam(required = false) String to, @RequestParam(required = false) String party,
                            @RequestParam(required = false) String accused, @RequestParam(required = false) String bbox,
                            @RequestParam(defaultValue = "false") boolean includeSuperseded) {
        return Map.of("count", reports.count(viewer,
                ReportQueries.parse(from, to, party, accused, bbox, includeSuperseded, null, null)));
    }

    @PostMapping("/api/reports/bulk")
    @Operation(summary = "Import many reports: CSV with a header (an HXL hashtag row is skipped), a GeoJSON "
            + "FeatureCollection or NDJSON. Every row is validated first; then all are written, or none (400 "
            + "with the problems of each row)")
    ResponseEntity<Map<String, Object>> bulk(Viewer viewer, HttpServletRequest request,
                                             @RequestParam(required = false) String format) throws IOException {
        BulkFormat bulkFormat = format != null
                ? BulkFormat.byCode(format).orElseThrow(() -> InvalidInput.of("format", "csv, geojson or ndjson"))
                : BulkFormat.byMediaType(request.getContentType()).orElseThrow(() -> InvalidInput.of("format",
                "say the format with ?format=csv|geojson|ndjson or Content-Type text/csv, application/geo+json "
                        + "or application/x-ndjson"));
        try (InputStream body = new LimitedInputStream(request.getInputStream(), bulkMaxBytes, "body");
             BinaryClaimSpool spool = new BinaryClaimSpool(spoolFolder)) {
            BulkResult result = reports.importBulk(viewer, bulkFormat.rows(body), spool);
            return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("format", bulkFormat.code(),
                    "imported", result.imported(), "firstId", result.firstId(), "lastId", result.lastId()));
        }
    }
}
