package org.truce.access;

import java.util.function.BiPredicate;

import org.truce.shared.Viewer;

/** The conditions a rule may attach, each a plain reading of the resource's {@link Facts}. */
public enum Condition {
    ALWAYS("always", (viewer, facts) -> true),
    PUBLISHED("once published", (viewer, facts) -> facts.published()),
    OWN("its own", (viewer, facts) -> viewer.party() != null && viewer.party().equals(facts.owner())),
    CONCERNS_IT("where it is a party to it",
            (viewer, facts) -> viewer.party() != null && facts.parties().contains(viewer.party())),
    SHARED_WITH_IT("what was shared with it",
            (viewer, facts) -> viewer.party() != null && facts.sharedWith().contains(viewer.party())),
    OTHERS_SHARED("the other party's, where shared with it",
            (viewer, facts) -> viewer.party() != null && !viewer.party().equals(facts.owner())
                    && facts.sharedWith().contains(viewer.party()));

    private final String description;
    private final BiPredicate<Viewer, Facts> test;

    Condition(String description, BiPredicate<Viewer, Facts> test) {
        this.description = description;
        this.test = test;
    }

    public boolean holds(Viewer viewer, Facts facts) {
        return test.test(viewer, facts);
    }

    public String description() {
        return description;
    }
}
