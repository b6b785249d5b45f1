package org.truce.access.web;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.truce.access.Account;
import org.truce.access.AccountStore;
import org.truce.access.Accounts;
import org.truce.access.CreatedAccount;
import org.truce.access.IssuedToken;
import org.truce.access.NewAccount;
import org.truce.access.Party;
import org.truce.shared.NotFound;
import org.truce.shared.Viewer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Accounts and parties", description = "Who uses Truce, in which role, and the parties they speak for")
class AccountsController {

    private final Accounts accounts;

    AccountsController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/api/me")
    @Operation(summary = "The signed-in account: role and party")
    Map<String, Object> me(Viewer viewer) {
        return viewer.party() == null
                ? Map.of("accountId", viewer.accountId(), "username", viewer.username(), "role", viewer.role().code())
                : Map.of("accountId", viewer.accountId(), "username", viewer.username(), "role", viewer.role().code(),
                "party", viewer.party());
    }

    @GetMapping("/api/accounts")
    @Operation(summary = "All accounts (mediator)")
    List<Account> list(Viewer viewer) {
        return accounts.list(viewer);
    }

    @PostMapping("/api/accounts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an account (mediator); its API token is shown in this answer only")
    CreatedAccount create(Viewer viewer, @RequestBody NewAccount request) {
        return accounts.create(viewer, request);
    }

    @GetMapping("/api/accounts/{id}")
    @Operation(summary = "One account (mediator)")
    Account get(Viewer viewer, @PathVariable String id) {
        return accounts.get(viewer, id);
    }

    @GetMapping("/api/accounts/{id}/tokens")
    @Operation(summary = "An account's tokens, live and revoked, without their secrets (mediator)")
    List<AccountStore.TokenInfo> tokens(Viewer viewer, @PathVariable String id) {
        return accounts.tokens(viewer, id);
    }

    @PostMapping("/api/accounts/{id}/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Issue another API token for an account (mediator); shown in this answer only")
    IssuedToken issue(Viewer viewer, @PathVariable String id, @RequestBody(required = false) Map<String, String> body) {
        return accounts.issueToken(viewer, id, body == null ? null : body.get("label"));
    }

    @DeleteMapping("/api/accounts/{id}/tokens/{tokenId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke a token (mediator)")
    void revoke(Viewer viewer, @PathVariable String id, @PathVariable String tokenId) {
        accounts.revokeToken(viewer, id, tokenId);
    }

    @GetMapping("/api/parties")
    @Operation(summary = "The parties (public)")
    List<Party> parties() {
        return accounts.parties();
    }

    @GetMapping("/api/parties/{code}")
    @Operation(summary = "One party (public)")
    Party party(@PathVariable String code) {
        return accounts.party(code).orElseThrow(() -> new NotFound("party", code));
    }

    @PostMapping("/api/parties")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a party (mediator)")
    Party createParty(Viewer viewer, @RequestBody NewParty request) {
        return accounts.createParty(viewer, request.code(), request.name());
    }

    /** A party to register: its code (UA) and name (Ukraine). */
    record NewParty(String code, String name) {
    }
}
