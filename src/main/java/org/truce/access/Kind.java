package org.truce.access;

/** The kinds of resource the authorization rules speak about. */
public enum Kind {
    ACCOUNT, PARTY_LIST, PARTY_KEY,
    AGREEMENT,
    SITE,
    REPORT, EVIDENCE,
    INCIDENT, ASSESSMENT, REPLY, ALERT,
    COMPLIANCE,
    LEDGER, COSIGNATURE,
    TALKS, TALKS_POSITION, TALKS_MESSAGE, TALKS_ANALYSIS, TALKS_TEXT, TALKS_COMMENT, TALKS_ACCEPTANCE
}
