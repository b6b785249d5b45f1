package org.truce.ui.web;


import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.truce.access.Accounts;
import org.truce.access.Party;
import org.truce.agreement.Agreements;
import org.truce.shared.Viewer;
import org.truce.ui.Destination;
import org.truce.ui.UiPages;

import io.swagger.v3.oas.annotations.Hidden;

/** The public home, signing in, and each signed-in role's dashboard. */
@Controller
@Hidden
class PagesController {

    static final String CHECKPOINT = "/api/ledger/checkpoint";

    private final UiPages pages;
    private final Accounts accounts;
    private final ServedPaths served;
    private final Agreements agreements;

    /** Each agreement's own dashboard, served once the compliance feature registers it. */
    static final String AGREEMENT_DASHBOARD = "/dashboard/{agreementId}";

    PagesController(UiPages pages, Accounts accounts, ServedPaths served, Agreements agreements) {
        this.pages = pages;
        this.accounts = accounts;
        this.served = served;
        this.agreements = agreements;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("checkpoint", served.serves(CHECKPOINT) ? CHECKPOINT : null);
        model.addAttribute("findings", pages.has(Destination.FINDINGS) ? Destination.FINDINGS.path() : null);
        model.addAttribute("compliance", pages.has(Destination.COMPLIANCE) ? Destination.COMPLIANCE.path() : null);
        model.addAttribute("ledger", pages.has(Destination.LEDGER) ? Destination.LEDGER.path() : null);
        model.addAttribute("map", pages.has(Destination.MAP) ? Destination.MAP.path() : null);
        return "home";
    }

    @GetMapping("/login")
    String login(Viewer viewer) {
        return viewer.isPublic() ? "login" : "redirect:" + pages.homeOf(viewer);
    }

    /** Where signing in lands when no page was asked for first: the role's home. */
    @GetMapping("/home")
    String roleHome(Viewer viewer) {
        return "redirect:" + pages.homeOf(viewer);
    }

    @GetMapping("/dashboard")
    String dashboard(Viewer viewer, HttpSession session, Model model) {
        model.addAttribute("party", viewer.party() == null ? null
                : accounts.party(viewer.party()).map(Party::name).orElse(viewer.party()));
        model.addAttribute("signedInAt", SignInTimes.of(session));
        model.addAttribute("sections", pages.navigationFor(viewer.role()).stream()
                .filter(page -> !page.path().equals(Destination.DASHBOARD.path())).toList());
        model.addAttribute("agreements", agreements.list(viewer, java.time.Instant.now()));
        model.addAttribute("agreementDashboards", served.serves(AGREEMENT_DASHBOARD));
        return "dashboard";
    }

}
