package org.truce.sites;

/** A site found near a place, with its distance in metres on the sphere (0 inside or on it). */
public record SiteHit(Site site, double distanceMetres) {
}
