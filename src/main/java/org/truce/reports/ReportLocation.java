package org.truce.reports;

/**
 * Where a report says the event happened: a point and how far from it the event may have been.
 *
 * @param latitude          WGS 84
 * @param longitude         WGS 84
 * @param uncertaintyMetres the radius given, or the default of the precision
 * @param precision         what the point stands for: a site, a town, a district or a region
 * @param regionId          the shipped first-level region covering the point ({@code RU-KRS}), or null
 * @param country           the (de jure) country covering the point ({@code UA}, {@code RU}), or null
 * @param resolvedFromPlace true when the point came from the gazetteer (the report gave only a
 *                          place name), false when the report gave coordinates or a site
 */
public record ReportLocation(double latitude, double longitude, double uncertaintyMetres, GeoPrecision precision,
                             String regionId, String country, boolean resolvedFromPlace) {
}
