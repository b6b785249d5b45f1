package org.truce.access;

import java.util.Set;

/**
 * What the rules need to know about one resource to decide.
 *
 * @param owner      the party that owns it (nominated the site, submitted the report, wrote the
 *                   position), or null when no party does (monitor reports, mediator records)
 * @param parties    the parties it concerns (an agreement's signatories, an incident's claimants
 *                   and accused, a talks process's delegations)
 * @param sharedWith the parties it has been shared with by decision (site lists exchanged under an
 *                   agreement, claims put to the accused party, a text version sent to delegations)
 * @param published  whether it is public: a published finding, an agreement in force, a checkpoint
 */
public record Facts(String owner, Set<String> parties, Set<String> sharedWith, boolean published) {

    public static final Facts NONE = new Facts(null, Set.of(), Set.of(), false);

    public Facts {
        parties = parties == null ? Set.of() : Set.copyOf(parties);
        sharedWith = sharedWith == null ? Set.of() : Set.copyOf(sharedWith);
    }

    public static Facts ownedBy(String party) {
        return new Facts(party, Set.of(), Set.of(), false);
    }

    public static Facts concerning(Set<String> parties) {
        return new Facts(null, parties, Set.of(), false);
    }

    public static Facts publicly() {
        return new Facts(null, Set.of(), Set.of(), true);
    }

    public Facts withOwner(String party) {
        return new Facts(party, parties, sharedWith, published);
    }

    public Facts withParties(Set<String> concerned) {
        return new Facts(owner, concerned, sharedWith, published);
    }

    public Facts sharedWith(Set<String> partiesToldOf) {
        return new Facts(owner, parties, partiesToldOf, published);
    }

    public Facts published(boolean isPublished) {
        return new Facts(owner, parties, sharedWith, isPublished);
    }
}
