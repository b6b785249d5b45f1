/**
 * Agreements (DESIGN.md): machine-readable terms in versions, each version signed by every party
 * with its own Ed25519 key over the version's canonical JSON (RFC 8785), the vagueness check a
 * version must pass before anyone may sign it, and the status of an agreement at any instant.
 *
 * <p>This package is the feature's core and public API, plain Java: {@link org.truce.agreement.Agreements}
 * (drafting, signing, party keys, reads for a viewer, and what the sites and verification features
 * ask: {@code siteListsExchanged}, {@code inForceAt}, {@code signedVersions}), {@link org.truce.agreement.Terms}
 * and its parts, {@link org.truce.agreement.VaguenessCheck}, {@link org.truce.agreement.Lifecycle} and
 * {@link org.truce.agreement.PartyKeys}. Storage, HTTP and Spring wiring live in {@code store},
 * {@code web} and {@code config}.
 */
package org.truce.agreement;
