package org.truce.ui.web.reports;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.truce.reports.ReportPage;
import org.truce.reports.ReportQuery;
import org.truce.reports.ReportStore;
import org.truce.reports.ReportView;
import org.truce.reports.Reports;
import org.truce.shared.Role;
import org.truce.shared.Viewer;
import org.truce.sites.Site;
import org.truce.sites.Sites;
import org.truce.ui.web.Frame;
import org.truce.ui.web.MapSettings;
import org.truce.ui.web.PageController;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * The reports the viewer may read (a party: its own), and one report with its evidence, its
 * corrections and its ledger entry. Reads go through the reports feature for the viewer, so the
 * pages show exactly what {@code GET /api/reports} would.
 */
@Controller
@Hidden
class ReportsPageController extends PageController {

    static final int PAGE_SIZE = 50;

    private final Reports reports;
    private final ReportStore store;
    private final Sites sites;
    private final MapSettings mapSettings;

    ReportsPageController(Reports reports, ReportStore store, Sites sites, MapSettings mapSettings) {
        this.reports = reports;
        this.store = store;
        this.sites = sites;
        this.mapSettings = mapSettings;
    }

    /**
     * @param from the first local day of the event (in the reader's zone), or none
     * @param to   the last local day of the event, or none
     */
    @GetMapping("/reports")
    String list(Viewer viewer, Model model, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to, @RequestParam(required = false) String after) {
        ZoneId zone = ((Frame) model.getAttribute("frame")).times().zone();
        LocalDate fromDay = day(from);
        LocalDate toDay = day(to);
        ReportQuery query = new ReportQuery(fromDay == null ? null : fromDay.atStartOfDay(zone).toInstant(),
                toDay == null ? null : toDay.plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1),
                null, null, null, true, after != null && after.startsWith("rep_") ? after : null, PAGE_SIZE);
        ReportPage page = reports.list(viewer, query);
        model.addAttribute("reports", page.reports());
        model.addAttribute("next", page.next());
        model.addAttribute("count", reports.count(viewer, new ReportQuery(query.from(), query.to(), null, null, null,
                true, null, ReportQuery.MAX_LIMIT)));
        model.addAttribute("from", fromDay);
        model.addAttribute("to", toDay);
        model.addAttribute("mayReport", !viewer.is(Role.MEDIATOR));
        return "reports/list";
    }

    @GetMapping("/reports/{id}")
    String report(Viewer viewer, Model model, @PathVariable String id,
                  @RequestParam(required = false) String submitted) {
        ReportView view = reports.get(viewer, id);
        model.addAttribute("view", view);
        model.addAttribute("report", view.report());
        model.addAttribute("ledgerSeq", store.ledgerSeq(id).orElse(null));
        model.addAttribute("submitted", submitted != null);
        model.addAttribute("site", siteOf(viewer, view.report().target() == null ? null : view.report().target().siteId()));
        model.addAttribute("mayCorrect", mayCorrect(viewer, view));
        model.addAttribute("tileUrl", mapSettings.tileUrl());
        model.addAttribute("tileAttribution", mapSettings.tileAttribution());
        return "reports/report";
    }

    /** The site a report names, when the viewer may see it (the id alone otherwise). */
    private Site siteOf(Viewer viewer, String siteId) {
        if (siteId == null) {
            return null;
        }
        try {
            return sites.get(viewer, siteId);
        } catch (org.truce.shared.NotFound notVisible) {
            return null;
        }
    }

    /** A party corrects its own current reports; the monitors theirs (as the API allows). */
    private static boolean mayCorrect(Viewer viewer, ReportView view) {
        if (!view.current() || viewer.is(Role.MEDIATOR)) {
            return false;
        }
        String owner = view.report().owner();
        return owner != null ? viewer.isParty(owner) : viewer.is(Role.MONITOR);
    }

    private static LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw org.truce.shared.InvalidInput.of("from", "a date such as 2025-03-21");
        }
    }
}
