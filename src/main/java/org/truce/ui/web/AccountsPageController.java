package org.truce.ui.web;

import java.util.Comparator;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.truce.access.Account;
import org.truce.access.Accounts;
import org.truce.shared.Viewer;

import io.swagger.v3.oas.annotations.Hidden;

/** The mediator's list of accounts (who may sign in, with which role), read-only. */
@Controller
@Hidden
class AccountsPageController {

    private final Accounts accounts;

    AccountsPageController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/accounts")
    String accounts(Viewer viewer, Model model) {
        model.addAttribute("accounts", accounts.list(viewer).stream()
                .sorted(Comparator.comparing(Account::role).thenComparing(Account::username)).toList());
        model.addAttribute("parties", accounts.parties());
        return "accounts";
    }
}
