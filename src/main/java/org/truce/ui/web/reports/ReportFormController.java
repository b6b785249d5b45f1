package org.truce.ui.web.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.truce.reports.GeoPrecision;
import org.truce.reports.Outcome;
import org.truce.reports.SourceKind;
import org.truce.reports.TimePrecision;
import org.truce.shared.Category;
import org.truce.shared.Ids;
import org.truce.shared.Means;
import org.truce.shared.Role;
import org.truce.shared.Viewer;
import org.truce.ui.web.FormSupport;
import org.truce.ui.web.MapSettings;
import org.truce.ui.web.PageController;
import org.truce.ui.web.UiLabels;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * The report form: the place by a click on the map or a search of the gazetteer, the time with
 * its precision and zone, what was hit and by what, the source, and evidence files. The page's
 * script submits to {@code POST /api/reports} and shows the API's refusals next to the fields.
 */
@Controller
@Hidden
class ReportFormController extends PageController {

    /** Zones offered besides the reader's own: the delegations' and the mediator's. */
    static final List<String> ZONES = List.of("Europe/Kyiv", "Europe/Moscow", "Europe/Simferopol", "Europe/Samara",
            "Asia/Qatar", "UTC");

    private final UiLabels labels;
    private final FormSupport forms;
    private final MapSettings mapSettings;

    ReportFormController(UiLabels labels, FormSupport forms, MapSettings mapSettings) {
        this.labels = labels;
        this.forms = forms;
        this.mapSettings = mapSettings;
    }

    @GetMapping("/reports/new")
    String form(Viewer viewer, Locale locale, Model model, @RequestParam(required = false) String supersedes) {
        model.addAttribute("categories", Category.values());
        model.addAttribute("sectors", org.truce.ui.web.SectorGroup.all());
        model.addAttribute("means", Means.values());
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("geoPrecisions", GeoPrecision.values());
        model.addAttribute("timePrecisions", TimePrecision.values());
        model.addAttribute("parties", labels.parties());
        boolean party = viewer.is(Role.PARTY);
        model.addAttribute("sourceKinds", party ? List.of(SourceKind.PARTY)
                : List.of(SourceKind.MONITOR, SourceKind.OPEN_SOURCE, SourceKind.PARTY));
        model.addAttribute("zones", zones(model));
        model.addAttribute("supersedes", supersedes != null && Ids.isWellFormed(supersedes, "rep") ? supersedes : null);
        model.addAttribute("reasons", forms.reasonsJson(locale));
        model.addAttribute("tileUrl", mapSettings.tileUrl());
        model.addAttribute("tileAttribution", mapSettings.tileAttribution());
        return "reports/form";
    }

    private static List<String> zones(Model model) {
        List<String> zones = new ArrayList<>(ZONES);
        Object frame = model.getAttribute("frame");
        if (frame instanceof org.truce.ui.web.Frame f && !zones.contains(f.zone())) {
            zones.add(0, f.zone());
        }
        return zones;
    }
}
