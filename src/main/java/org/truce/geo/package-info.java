/**
 * Geography shared by every feature: the shipped regions (Natural Earth), GeoJSON (RFC 7946) to
 * and from JTS, and distances in metres on the sphere. Plain Java; the regions are immutable.
 */
package org.truce.geo;
