package org.truce.access;

/** A new account with its first API token, shown this once and stored only as a hash. */
public record CreatedAccount(Account account, String token) {
}
