package org.truce.access;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.truce.shared.Conflict;
import org.truce.shared.FieldProblem;
import org.truce.shared.Ids;
import org.truce.shared.InvalidInput;
import org.truce.shared.NotFound;
import org.truce.shared.Recording;
import org.truce.shared.Role;
import org.truce.shared.Viewer;
import org.truce.shared.WritePath;

/** Parties, accounts and their tokens: validated, stored and recorded in the ledger. */
public final class Accounts {

    static final int MIN_PASSWORD_LENGTH = 10;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,31}");
    private static final Pattern PARTY_CODE = Pattern.compile("[A-Z]{2,8}");

    private final WritePath writes;
    private final AccountStore store;
    private final PasswordHasher passwords;

    public Accounts(WritePath writes, AccountStore store, PasswordHasher passwords) {
        this.writes = writes;
        this.store = store;
        this.passwords = passwords;
    }

    public Party createParty(Viewer actor, String code, String name) {
        AccessRules.require(actor, Kind.PARTY_LIST, Action.MANAGE, Facts.NONE);
        List<FieldProblem> problems = new ArrayList<>();
        if (code == null || !PARTY_CODE.matcher(code).matches()) {
            problems.add(new FieldProblem("code", "a party code is 2-8 upper-case letters, such as UA or RU"));
        }
        if (name == null || name.isBlank()) {
            problems.add(new FieldProblem("name", "required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return writes.write(actor, tx -> {
            if (store.party(code).isPresent()) {
                throw new Conflict("code", "party " + code + " exists already");
            }
            Party party = new Party(code, name.strip(), tx.now());
            long seq = tx.record(Recording.open("party.created", code, party, Map.of("name", party.name())));
            store.insertParty(party, seq);
            return party;
        });
    }

    /** Creates an account with a fresh token. */
    public CreatedAccount create(Viewer actor, NewAccount request) {
        AccessRules.require(actor, Kind.ACCOUNT, Action.MANAGE, Facts.NONE);
        if (request.password() != null && request.password().length() < MIN_PASSWORD_LENGTH) {
            throw InvalidInput.of("password", "at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        return create(actor, request, Tokens.newToken());
    }

    /**
     * Creates an account with the given token and no password policy: for the documented
     * demo accounts only, whose token and password are the same short public strings.
     */
    public CreatedAccount createDemoAccount(Viewer actor, NewAccount request, String token) {
        AccessRules.require(actor, Kind.ACCOUNT, Action.MANAGE, Facts.NONE);
        return create(actor, request, token);
    }

    private CreatedAccount create(Viewer actor, NewAccount request, String token) {
        Role role = validate(request);
        String passwordHash = request.password() == null ? null : passwords.hash(request.password());
        return writes.write(actor, tx -> {
            if (store.accountByUsername(request.username()).isPresent()) {
                throw new Conflict("username", "'" + request.username() + "' is taken");
            }
            if (role == Role.PARTY && store.party(request.party()).isEmpty()) {
                throw InvalidInput.of("party", "no party '" + request.party() + "'");
            }
            Account account = new Account(Ids.next("acc"), request.username(), role,
                    role == Role.PARTY ? request.party() : null, blankToNull(request.displayName()), tx.now());
            long seq = tx.record(Recording.confidential("account.created", account.id(), account));
            store.insertAccount(account, passwordHash, seq);
            issue(tx, account.id(), "initial", token);
            return new CreatedAccount(account, token);
        });
    }

    public IssuedToken issueToken(Viewer actor, String accountId, String label) {
        AccessRules.require(actor, Kind.ACCOUNT, Action.MANAGE, Facts.NONE);
        String token = Tokens.newToken();
        return writes.write(actor, tx -> {
            if (store.account(accountId).isEmpty()) {
                throw new NotFound("account", accountId);
            }
            return issue(tx, accountId, label == null || label.isBlank() ? "api" : label.strip(), token);
        });
    }

    private IssuedToken issue(org.truce.shared.WriteContext tx, String accountId, String label, String token) {
        String tokenId = Ids.next("tok");
        IssuedToken issued = new IssuedToken(tokenId, accountId, label, token, tx.now());
        long seq = tx.record(Recording.confidential("token.issued", tokenId,
                issueContent(tokenId, accountId, label, tx.now())));
        store.insertToken(tokenId, accountId, Tokens.hash(token), label, tx.now(), seq);
        return issued;
    }

    public void revokeToken(Viewer actor, String accountId, String tokenId) {
        AccessRules.require(actor, Kind.ACCOUNT, Action.MANAGE, Facts.NONE);
        writes.write(actor, tx -> {
            long seq = tx.record(Recording.confidential("token.revoked", tokenId,
                    revocationContent(tokenId, accountId, tx.now())));
            if (!store.revokeToken(tokenId, accountId, tx.now(), seq)) {
                throw new NotFound("token", tokenId);
            }
            return null;
        });
    }

    /** The committed content of a token's issue entry: no secret, not even the hash. */
    public static Map<String, Object> issueContent(String tokenId, String accountId, String label, Instant createdAt) {
        return Map.of("tokenId", tokenId, "accountId", accountId, "label", label, "createdAt", createdAt.toString());
    }

    /** The committed content of a token's revocation entry. */
    public static Map<String, Object> revocationContent(String tokenId, String accountId, Instant revokedAt) {
        return Map.of("tokenId", tokenId, "accountId", accountId, "revokedAt", revokedAt.toString());
    }

    public List<Account> list(Viewer viewer) {
        AccessRules.require(viewer, Kind.ACCOUNT, Action.MANAGE, Facts.NONE);
        return store.accounts();
    }

    public Account get(Viewer viewer, String id) {
        AccessRules.require(viewer, Kind.ACCOUNT, Action.MANAGE, Facts.NONE);
        return store.account(id).orElseThrow(() -> new NotFound("account", id));
    }

    public List<AccountStore.TokenInfo> tokens(Viewer viewer, String accountId) {
        get(viewer, accountId);
        return store.tokens(accountId);
    }

    public List<Party> parties() {
        return store.parties();
    }

    public Optional<Party> party(String code) {
        return store.party(code);
    }

    private Role validate(NewAccount request) {
        List<FieldProblem> problems = new ArrayList<>();
        if (request.username() == null || !USERNAME.matcher(request.username()).matches()) {
            problems.add(new FieldProblem("username", "2-32 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit"));
        }
        Role role = null;
        if (request.role() == null) {
            problems.add(new FieldProblem("role", "required: mediator, party or monitor"));
        } else {
            try {
                role = Role.fromCode(request.role());
                if (role == Role.PUBLIC) {
                    problems.add(new FieldProblem("role", "public is the role of anyone without an account"));
                }
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("role", e.getMessage()));
            }
        }
        if (role == Role.PARTY && (request.party() == null || request.party().isBlank())) {
            problems.add(new FieldProblem("party", "a party account names its party, such as UA"));
        }
        if (role != null && role != Role.PARTY && request.party() != null) {
            problems.add(new FieldProblem("party", "only a party account names a party"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return role;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
