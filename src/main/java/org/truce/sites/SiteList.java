package org.truce.sites;

import java.util.List;

/**
 * One page of the sites a viewer may see that match a query.
 *
 * @param total every matching site the viewer may see (never a count of what it may not)
 */
public record SiteList(int total, int offset, int limit, List<Entry> sites) {

    /** A listed site; {@code distanceMetres} is set when the query was {@code near} a point. */
    public record Entry(Site site, Double distanceMetres) {
    }
}
