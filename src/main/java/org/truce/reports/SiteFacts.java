package org.truce.reports;

import org.truce.shared.Category;

/**
 * What a report needs to know of a protected site it names.
 *
 * @param siteId    {@code site_…}
 * @param category  the site's category
 * @param latitude  a representative point of the site (its point, or a point inside its polygon)
 * @param longitude idem
 * @param owner     the party that nominated it, or null
 */
public record SiteFacts(String siteId, Category category, double latitude, double longitude, String owner) {
}
