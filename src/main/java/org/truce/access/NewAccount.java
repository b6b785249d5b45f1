package org.truce.access;

/**
 * A request for an account.
 *
 * @param username    login name: 2-32 lower-case letters, digits, '.', '_' or '-'
 * @param role        mediator, party or monitor
 * @param party       the party code, for a party account only
 * @param displayName optional name to show
 * @param password    optional password for the web UI (at least 10 characters); without one the
 *                    account signs in with its API token only
 */
public record NewAccount(String username, String role, String party, String displayName, String password) {
}
