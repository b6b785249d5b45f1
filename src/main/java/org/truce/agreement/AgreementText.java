package org.truce.agreement;

import java.time.Instant;

/**
 * One text a version had: a draft's first text and each edit of it. The last text of a version
 * that anyone signed never changes. This is also the content its ledger entry commits to.
 *
 * @param agreementId the agreement
 * @param version     the version number (1, 2, …)
 * @param revision    the edit of that version (1 for the first text)
 * @param document    the canonical JSON of the version ({@link VersionDocument}), what parties sign
 * @param writtenAt   when the mediator wrote it
 */
public record AgreementText(String agreementId, int version, int revision, String document, Instant writtenAt) {
}
