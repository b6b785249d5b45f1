package org.truce.sites;

/**
 * Whether the parties' site lists are exchanged: the agreement decides it, and the agreement
 * feature implements this as a bean. Without any implementation the lists are never exchanged,
 * so a party sees only its own sites.
 */
@FunctionalInterface
public interface SiteListExchange {

    /** Whether {@code viewerParty} may see the sites that {@code ownerParty} nominated. */
    boolean listsExchanged(String ownerParty, String viewerParty);
}
