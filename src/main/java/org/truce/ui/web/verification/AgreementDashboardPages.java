package org.truce.ui.web.verification;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.truce.agreement.AgreementView;
import org.truce.agreement.Agreements;
import org.truce.agreement.Status;
import org.truce.agreement.Terms;
import org.truce.agreement.VersionView;
import org.truce.shared.Viewer;
import org.truce.ui.Destination;
import org.truce.ui.UiPages;
import org.truce.verification.Grade;
import org.truce.verification.IncidentList;
import org.truce.verification.IncidentQuery;
import org.truce.verification.Incidents;
import org.truce.verification.Verdict;

import org.truce.ui.web.PageController;

import io.swagger.v3.oas.annotations.Hidden;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard of one agreement: its status and the time left in its window, the claims and
 * incidents per party with their verdicts and grades, and a daily chart per party (the map is a
 * page of its own: drawing the incidents layer here too would double the page's time). Every figure is counted over the incidents {@link Incidents#list} gives this viewer
 * (a delegation's dashboard never counts what it may not read).
 */
@Controller
@Hidden
class AgreementDashboardPages extends PageController {

    private final Agreements agreements;
    private final Incidents incidents;
    private final MessageSource messages;
    private final UiPages pages;
    private final JsonMapper json = JsonMapper.builder().build();

    AgreementDashboardPages(Agreements agreements, Incidents incidents, MessageSource messages, UiPages pages) {
        this.agreements = agreements;
        this.incidents = incidents;
        this.messages = messages;
        this.pages = pages;
    }

    @GetMapping("/dashboard/{agreementId}")
    String dashboard(Viewer viewer, @PathVariable String agreementId, Model model, Locale locale, ZoneId zone) {
        Instant now = Instant.now();
        AgreementView agreement = agreements.get(viewer, agreementId, now);
        Terms terms = governing(agreement).terms();
        Instant from = terms.effectiveFrom() != null ? terms.effectiveFrom() : now;
        Instant to = terms.until() != null && terms.until().isBefore(now) ? terms.until() : now;
        DashboardFigures figures = new DashboardFigures(agreement.parties(), zone, from, to.isBefore(from) ? from : to);
        // one pass: Incidents.list reads every incident for each call, so pages would multiply the work
        for (int offset = 0; ; ) {
            IncidentList page = incidents.list(viewer, new IncidentQuery(agreementId, Set.of(), Set.of(),
                    null, null, null, null, offset, Integer.MAX_VALUE - offset));
            page.incidents().forEach(figures::add);
            offset += page.incidents().size();
            if (page.incidents().isEmpty() || offset >= page.total()) {
                break;
            }
        }
        model.addAttribute("agreement", agreement);
        model.addAttribute("terms", terms);
        model.addAttribute("timeLeft", timeLeft(agreement.status(), terms, now));
        model.addAttribute("figures", figures);
        model.addAttribute("verdicts", Verdict.values());
        model.addAttribute("grades", Grade.values());
        model.addAttribute("charts", charts(figures, locale));
        model.addAttribute("periodFrom", from);
        model.addAttribute("periodTo", to);
        model.addAttribute("compliance", pages.has(Destination.COMPLIANCE));
        model.addAttribute("queue", pages.navigationFor(viewer.role()).stream().anyMatch(p -> p.path().equals(Destination.QUEUE.path())));
        return "incidents/dashboard";
    }

    /** The version that governs now, else the latest the viewer may see. */
    private static VersionView governing(AgreementView agreement) {
        Integer number = agreement.governingVersion() != null ? agreement.governingVersion() : agreement.latestVersion();
        return agreement.versions().stream().filter(v -> v.version() == number).findFirst()
                .orElse(agreement.versions().get(agreement.versions().size() - 1));
    }

    /**
     * What is left of the window: days and hours before its end while in force, before its start
     * while signed and not yet in force; nothing to count when it ended or has no end.
     *
     * @param kind ended, openEnded, notStarted, value (the message's last key)
     */
    public record TimeLeft(String kind, long days, long hours) {
    }

    static TimeLeft timeLeft(Status status, Terms terms, Instant now) {
        if (status == Status.EXPIRED || terms.until() != null && !now.isBefore(terms.until())) {
            return new TimeLeft("ended", 0, 0);
        }
        if (terms.effectiveFrom() != null && now.isBefore(terms.effectiveFrom())) {
            Duration d = Duration.between(now, terms.effectiveFrom());
            return new TimeLeft("notStarted", d.toDays(), d.toHoursPart());
        }
        if (terms.until() == null) {
            return new TimeLeft("openEnded", 0, 0);
        }
        Duration d = Duration.between(now, terms.until()).truncatedTo(ChronoUnit.HOURS);
        return new TimeLeft("value", d.toDays(), d.toHoursPart());
    }

    /** Each party's chart: its data and legend in the reader's language, as JSON for daily-charts.js. */
    private List<Map<String, Object>> charts(DashboardFigures figures, Locale locale) {
        List<String> days = figures.days();
        Map<String, String> legend = new LinkedHashMap<>();
        legend.put("claims", messages.getMessage("adash.chart.claims", null, locale));
        legend.put("incidents", messages.getMessage("adash.chart.incidents", null, locale));
        legend.put("potential", messages.getMessage("adash.chart.potential", null, locale));
        List<Map<String, Object>> charts = new ArrayList<>();
        for (DashboardFigures.PartyFigures party : figures.parties()) {
            Map<String, Object> chart = new LinkedHashMap<>();
            chart.put("party", party.party());
            chart.put("days", days);
            chart.put("claims", party.dailyClaims());
            chart.put("incidents", party.dailyIncidents());
            chart.put("potential", party.dailyPotential());
            chart.put("legend", legend);
            Map<String, Object> shown = new LinkedHashMap<>();
            shown.put("party", party.party());
            shown.put("json", json.writeValueAsString(chart));
            charts.add(shown);
        }
        return charts;
    }
}
