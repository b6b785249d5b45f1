package org.truce.agreement;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.truce.shared.Category;

/**
 * What the protection does not cover, e.g. facilities used for military supply in a front-line
 * region. The engine reads the categories and regions; the text says the rest.
 *
 * @param text       the exclusion in words
 * @param categories the categories it concerns; empty means every protected category
 * @param regions    the region ids it concerns; empty means everywhere in scope
 */
public record Exclusion(String text, Set<Category> categories, List<String> regions) {

    public Exclusion {
        categories = categories == null || categories.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(categories));
        regions = regions == null ? List.of() : regions.stream().distinct().sorted().toList();
    }
}
