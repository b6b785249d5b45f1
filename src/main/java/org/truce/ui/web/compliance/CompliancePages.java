package org.truce.ui.web.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.truce.agreement.AgreementView;
import org.truce.agreement.Agreements;
import org.truce.compliance.ComplianceReport;
import org.truce.compliance.ComplianceReports;
import org.truce.shared.InvalidInput;
import org.truce.shared.Viewer;
import org.truce.ui.BoundingBox;
import org.truce.ui.ClusterGeoJson;
import org.truce.ui.GridClustering;
import org.truce.ui.MapPoint;

import org.truce.ui.web.PageController;

import io.swagger.v3.oas.annotations.Hidden;
import tools.jackson.databind.json.JsonMapper;

/**
 * The compliance report pages, open to anyone: the agreements the viewer may read, and one
 * agreement's report (from {@link ComplianceReports}, so the public and the parties see the
 * aggregate figures and the published findings only), printable, with its incidents on a still
 * map (clustered on the server) and a daily chart per party.
 */
@Controller
@Hidden
class CompliancePages extends PageController {

    /** The still map's view: Ukraine and the regions of Russia next to it, at a zoom where 64-pixel cells are ~ 100 km. */
    static final BoundingBox VIEW = new BoundingBox(22.0, 44.0, 46.0, 56.5);
    static final int ZOOM = 5;

    private final ComplianceReports reports;
    private final Agreements agreements;
    private final MessageSource messages;
    private final String tileUrl;
    private final String tileAttribution;
    private final JsonMapper json = JsonMapper.builder().build();

    CompliancePages(ComplianceReports reports, Agreements agreements, MessageSource messages,
                    @Value("${truce.ui.tile-url:}") String tileUrl, @Value("${truce.ui.tile-attribution:}") String tileAttribution) {
        this.reports = reports;
        this.agreements = agreements;
        this.messages = messages;
        this.tileUrl = tileUrl == null || tileUrl.isBlank() ? null : tileUrl.strip();
        this.tileAttribution = tileAttribution;
    }

    @GetMapping("/compliance")
    String list(Viewer viewer, Model model) {
        List<AgreementView> visible = agreements.list(viewer, Instant.now()).stream()
                .filter(a -> a.versions().stream().anyMatch(v -> v.signedAt() != null)).toList();
        model.addAttribute("agreements", visible);
        return "compliance/list";
    }

    @GetMapping("/compliance/{agreementId}")
    String report(Viewer viewer, @PathVariable String agreementId, Model model, Locale locale,
                  @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        ComplianceReport report = reports.report(viewer, agreementId, day(from, "from"), day(to, "to"));
        model.addAttribute("report", report);
        model.addAttribute("charts", charts(report, locale));
        model.addAttribute("clusters", json.writeValueAsString(clusters(report)));
        model.addAttribute("mapped", report.incidents().stream().filter(r -> r.latitude() != null).count());
        model.addAttribute("tileUrl", tileUrl);
        model.addAttribute("tileAttribution", tileAttribution);
        return "compliance/page";
    }

    /** Each party's daily series as daily-charts.js reads it, the legend in the reader's language. */
    private List<Map<String, Object>> charts(ComplianceReport report, Locale locale) {
        List<String> days = new ArrayList<>();
        for (LocalDate d = report.from(); !d.isAfter(report.to()); d = d.plusDays(1)) {
            days.add(d.toString());
        }
        Map<String, String> legend = new LinkedHashMap<>();
        legend.put("claims", messages.getMessage("adash.chart.claims", null, locale));
        legend.put("incidents", messages.getMessage("adash.chart.incidents", null, locale));
        legend.put("potential", messages.getMessage("adash.chart.potential", null, locale));
        List<Map<String, Object>> charts = new ArrayList<>();
        for (String party : report.parties()) {
            int[] claims = new int[days.size()];
            int[] incidents = new int[days.size()];
            int[] potential = new int[days.size()];
            for (ComplianceReport.DailyCount count : report.daily()) {
                if (count.party().equals(party) && !count.day().isBefore(report.from()) && !count.day().isAfter(report.to())) {
                    int i = (int) java.time.temporal.ChronoUnit.DAYS.between(report.from(), count.day());
                    claims[i] += count.claims();
                    incidents[i] += count.incidents();
                    potential[i] += count.potentialViolations();
                }
            }
            Map<String, Object> chart = new LinkedHashMap<>();
            chart.put("days", days);
            chart.put("claims", claims);
            chart.put("incidents", incidents);
            chart.put("potential", potential);
            chart.put("legend", legend);
            Map<String, Object> shown = new LinkedHashMap<>();
            shown.put("party", party);
            shown.put("json", json.writeValueAsString(chart));
            charts.add(shown);
        }
        return charts;
    }

    /** The report's incidents with a point, clustered for the still map; a point's kind is its published grade, else its verdict. */
    private Object clusters(ComplianceReport report) {
        List<MapPoint> points = new ArrayList<>();
        for (ComplianceReport.IncidentRow row : report.incidents()) {
            if (row.latitude() != null && row.longitude() != null) {
                points.add(new MapPoint(row.incidentId(), row.longitude(), row.latitude(),
                        row.grade() != null ? row.grade() : row.verdict()));
            }
        }
        return ClusterGeoJson.write(GridClustering.cluster(points, VIEW, ZOOM));
    }

    private static LocalDate day(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInput.of(field, "a date such as 2025-03-21");
        }
    }
}
