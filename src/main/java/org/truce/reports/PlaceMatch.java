package org.truce.reports;

/**
 * A place the gazetteer knows: a populated place (precision town), a district (its centre) or a
 * first-level region (its capital, or a point inside it).
 *
 * @param name       the place's primary name (GeoNames), or the region's English name
 * @param precision  town, district or region
 * @param latitude   WGS 84
 * @param longitude  WGS 84
 * @param regionId   the shipped first-level region ({@code RU-KRS}), or null
 * @param regionName that region's English name, or null
 * @param country    UA or RU (GeoNames; Crimea is coded UA)
 * @param population the GeoNames population (0 when unknown); for a region, its capital's
 * @param zone       the place's IANA time zone, or null
 */
public record PlaceMatch(String name, GeoPrecision precision, double latitude, double longitude, String regionId,
                         String regionName, String country, long population, String zone) {
}
