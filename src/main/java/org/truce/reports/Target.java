package org.truce.reports;

import org.truce.shared.Category;

/**
 * What was hit: a registered site, or a kind of facility and a description, or both.
 *
 * @param siteId      a protected site's id ({@code site_…}), or null
 * @param category    the facility type from the taxonomy, or null when the claim does not say
 * @param description the claim's own words about the target, or null
 */
public record Target(String siteId, Category category, String description) {
}
