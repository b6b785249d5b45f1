package org.truce.compliance.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.truce.compliance.ComplianceFormats;
import org.truce.compliance.ComplianceReport;
import org.truce.compliance.ComplianceReports;
import org.truce.shared.InvalidInput;
import org.truce.shared.Viewer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@Controller
@Tag(name = "Compliance", description = "How each party kept an agreement over a period: counts, daily series, findings; exports")
class ComplianceController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final MediaType GEO_JSON = new MediaType("application", "geo+json");

    private final ComplianceReports reports;

    ComplianceController(ComplianceReports reports) {
        this.reports = reports;
    }

    @GetMapping("/api/compliance/{agreementId}")
    @Operation(summary = "The compliance report of an agreement over from..to (dates, inclusive; default its window) "
            + "as json, csv, hxl (CSV with an HXL hashtag row), acled (ACLED-compatible CSV), geojson or html (printable). "
            + "Parties and the public see the aggregate counts and the published findings only")
    Object report(Viewer viewer, @PathVariable String agreementId, @RequestParam(required = false) String from,
                  @RequestParam(required = false) String to, @RequestParam(defaultValue = "json") String format) {
        String code = format.trim().toLowerCase(Locale.ROOT);
        if (!java.util.List.of("json", "csv", "hxl", "acled", "geojson", "html").contains(code)) {
            throw InvalidInput.of("format", "unknown format '" + format + "'; expected json, csv, hxl, acled, geojson or html");
        }
        ComplianceReport report = reports.reportForQuery(viewer, agreementId, from, to);
        String name = "compliance-" + agreementId + "-" + report.from() + "-" + report.to();
        return switch (code) {
            case "csv" -> file(ComplianceFormats.csv(report, false), CSV, name + ".csv");
            case "hxl" -> file(ComplianceFormats.csv(report, true), CSV, name + ".hxl.csv");
            case "acled" -> file(ComplianceFormats.acled(report), CSV, name + ".acled.csv");
            case "geojson" -> ResponseEntity.ok().contentType(GEO_JSON).body(ComplianceFormats.geoJson(report));
            case "html" -> new ModelAndView("compliance/report", java.util.Map.of("report", report));
            default -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
        };
    }

    private static ResponseEntity<String> file(String body, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"").body(body);
    }
}
