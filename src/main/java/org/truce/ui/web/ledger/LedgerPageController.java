package org.truce.ui.web.ledger;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.truce.agreement.Agreements;
import org.truce.reports.ReportStore;
import org.truce.reports.Reports;
import org.truce.shared.Ids;
import org.truce.shared.NotFound;
import org.truce.shared.Viewer;
import org.truce.sites.Sites;
import org.truce.ui.web.PageController;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * The ledger for everyone: the latest signed checkpoint with its cosignatures and the log's key
 * (fetched and verified by the browser itself), how to audit the instance from outside with
 * {@code truce audit}, and a lookup of the entries that record a report, site or agreement the
 * viewer may see, each with its inclusion proof checked in the browser.
 */
@Controller
@Hidden
class LedgerPageController extends PageController {

    private final Reports reports;
    private final ReportStore reportStore;
    private final Sites sites;
    private final Agreements agreements;

    LedgerPageController(Reports reports, ReportStore reportStore, Sites sites, Agreements agreements) {
        this.reports = reports;
        this.reportStore = reportStore;
        this.sites = sites;
        this.agreements = agreements;
    }

    @GetMapping("/ledger")
    String ledger(Viewer viewer, Model model, @RequestParam(required = false) String record,
                  @RequestParam(required = false) Long size) {
        model.addAttribute("base", ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
        // a checkpoint of a given size (one a party cosigned, one a report cites) instead of the latest
        model.addAttribute("size", size != null && size > 0 ? size : null);
        String id = record == null ? null : record.strip();
        model.addAttribute("record", id);
        if (id != null && !id.isEmpty()) {
            model.addAttribute("lookup", lookup(viewer, id));
        }
        return "ledger/ledger";
    }

    /**
     * What the lookup found. For an agreement the feature does not say which entries record it, so
     * the browser finds them among the records the viewer may see ({@code scan}).
     *
     * @param kind    report, site, agreement or entry; null when nothing visible has this id
     * @param href    the record's page
     * @param entries the entries known here, oldest first
     */
    record Lookup(String kind, String href, List<Entry> entries, boolean scan) {

        static Lookup nothing() {
            return new Lookup(null, null, List.of(), false);
        }
    }

    /** One entry that records the record: its sequence number, the action, and when, where known. */
    record Entry(long seq, String action, Instant at) {
    }

    private Lookup lookup(Viewer viewer, String id) {
        try {
            if (id.matches("\\d{1,18}")) {
                return new Lookup("entry", null, List.of(new Entry(Long.parseLong(id), null, null)), false);
            }
            if (Ids.isWellFormed(id, "rep")) {
                var report = reports.get(viewer, id).report();
                return new Lookup("report", "/reports/" + id, reportStore.ledgerSeq(id)
                        .map(seq -> List.of(new Entry(seq, "report.submitted", report.submittedAt()))).orElse(List.of()), false);
            }
            if (Ids.isWellFormed(id, Sites.ID_PREFIX)) {
                return new Lookup("site", "/sites/" + id, sites.history(viewer, id).stream()
                        .map(e -> new Entry(e.seq(), e.event().action(), at(e.event()))).toList(), false);
            }
            if (Ids.isWellFormed(id, Agreements.ID_PREFIX)) {
                agreements.get(viewer, id, Instant.now());
                return new Lookup("agreement", "/agreements/" + id, List.of(), true);
            }
        } catch (NotFound notVisible) {
            return Lookup.nothing();
        }
        return Lookup.nothing();
    }

    private static Instant at(org.truce.sites.SiteEvent event) {
        if (event instanceof org.truce.sites.Nomination n) {
            return n.at();
        }
        if (event instanceof org.truce.sites.StatusChange c) {
            return c.at();
        }
        return ((org.truce.sites.ControlChange) event).at();
    }
}
