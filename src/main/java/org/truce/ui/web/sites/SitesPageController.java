package org.truce.ui.web.sites;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.truce.access.AccessRules;
import org.truce.access.Action;
import org.truce.access.Facts;
import org.truce.access.Kind;
import org.truce.geo.GeoJson;
import org.truce.shared.Category;
import org.truce.shared.PowerPlantKind;
import org.truce.shared.Role;
import org.truce.shared.Viewer;
import org.truce.sites.Site;
import org.truce.sites.SiteList;
import org.truce.sites.SiteQuery;
import org.truce.sites.SiteStatus;
import org.truce.sites.SiteVisibility;
import org.truce.sites.Sites;
import org.truce.ui.MapLayer;
import org.truce.ui.SitesLayer;
import org.truce.ui.web.FormSupport;
import org.truce.ui.web.LayerDescriptions;
import org.truce.ui.web.MapSettings;
import org.truce.ui.web.PageController;
import org.truce.ui.web.UiLabels;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * The protected sites the viewer may see, as a table and on the map, with what the viewer may do
 * to each: a party nominates its own (one by one, or a file) and withdraws them, contests the
 * other party's where the lists are exchanged; the mediator accepts, contests and marks contested
 * control. Every read and write is the sites feature's, so this page shows no more than the API.
 */
@Controller
@Hidden
class SitesPageController extends PageController {

    static final int PAGE_SIZE = 100;

    private final Sites sites;
    private final SiteVisibility visibility;
    private final UiLabels labels;
    private final LayerDescriptions layers;
    private final MapSettings mapSettings;
    private final FormSupport forms;

    SitesPageController(Sites sites, SiteVisibility visibility, UiLabels labels, LayerDescriptions layers,
                        MapSettings mapSettings, FormSupport forms) {
        this.sites = sites;
        this.visibility = visibility;
        this.labels = labels;
        this.layers = layers;
        this.mapSettings = mapSettings;
        this.forms = forms;
    }

    @GetMapping("/sites")
    String list(Viewer viewer, Locale locale, Model model, @RequestParam(required = false) String category,
                @RequestParam(required = false) String status, @RequestParam(required = false) String owner,
                @RequestParam(defaultValue = "0") int page) {
        int pageNumber = Math.max(0, page);
        SiteList list = sites.list(viewer, SiteQuery.parse(null, null, null, blank(category), null, blank(owner),
                blank(status), String.valueOf(PAGE_SIZE), String.valueOf(pageNumber * PAGE_SIZE)));
        model.addAttribute("rows", list.sites().stream().map(entry -> row(viewer, entry.site())).toList());
        model.addAttribute("total", list.total());
        model.addAttribute("page", pageNumber);
        model.addAttribute("pages", Math.max(1, (list.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("category", blank(category));
        model.addAttribute("status", blank(status));
        model.addAttribute("owner", blank(owner));
        model.addAttribute("categories", Category.values());
        model.addAttribute("sectors", org.truce.ui.web.SectorGroup.all());
        model.addAttribute("kinds", PowerPlantKind.values());
        model.addAttribute("statuses", SiteStatus.values());
        model.addAttribute("parties", labels.parties());
        boolean mayNominate = AccessRules.roleMay(viewer.role(), Kind.SITE, Action.NOMINATE);
        model.addAttribute("mayNominate", mayNominate);
        model.addAttribute("owners", viewer.is(Role.PARTY)
                ? labels.parties().stream().filter(p -> p.code().equals(viewer.party())).toList()
                : labels.parties());
        addMap(model, locale);
        model.addAttribute("reasons", forms.reasonsJson(locale));
        return "sites/list";
    }

    @GetMapping("/sites/{id}")
    String site(Viewer viewer, Locale locale, Model model, @PathVariable String id) {
        Site site = sites.get(viewer, id);
        Facts facts = visibility.facts(viewer, site.owner());
        SiteStatus status = site.status();
        boolean open = status != SiteStatus.WITHDRAWN;
        model.addAttribute("site", site);
        model.addAttribute("geometry", GeoJson.write(site.geometry()).toString());
        model.addAttribute("siteColour", SitesLayer.colour(status));
        model.addAttribute("history", sites.history(viewer, id).stream().map(SiteHistoryRow::of).toList());
        model.addAttribute("mayWithdraw", open && AccessRules.allows(viewer, Kind.SITE, Action.WITHDRAW, facts));
        model.addAttribute("mayContest", (status == SiteStatus.NOMINATED || status == SiteStatus.ACCEPTED)
                && AccessRules.allows(viewer, Kind.SITE, Action.CONTEST, facts));
        boolean decides = AccessRules.allows(viewer, Kind.SITE, Action.DECIDE, facts);
        model.addAttribute("mayAccept", decides && (status == SiteStatus.NOMINATED || status == SiteStatus.CONTESTED));
        model.addAttribute("mayDecideContest", decides && (status == SiteStatus.NOMINATED || status == SiteStatus.ACCEPTED));
        model.addAttribute("maySetControl", decides);
        addMap(model, locale);
        model.addAttribute("reasons", forms.reasonsJson(locale));
        return "sites/site";
    }

    /** A row of the table, with whether the viewer may contest the site from the table. */
    record SiteRow(Site site, boolean mayContest) {
    }

    private SiteRow row(Viewer viewer, Site site) {
        boolean contestable = (site.status() == SiteStatus.NOMINATED || site.status() == SiteStatus.ACCEPTED)
                && AccessRules.allows(viewer, Kind.SITE, Action.CONTEST, visibility.facts(viewer, site.owner()));
        return new SiteRow(site, contestable);
    }

    private void addMap(Model model, Locale locale) {
        List<MapLayer> sitesOnly = List.of(SitesLayer.layer());
        model.addAttribute("layersJson", layers.json(sitesOnly.stream().map(l -> layers.describe(l, locale)).toList()));
        model.addAttribute("legend", layers.describe(SitesLayer.layer(), locale));
        model.addAttribute("tileUrl", mapSettings.tileUrl());
        model.addAttribute("tileAttribution", mapSettings.tileAttribution());
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
