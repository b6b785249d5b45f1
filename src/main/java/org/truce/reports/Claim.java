package org.truce.reports;

import java.util.List;

import org.truce.shared.Means;

/**
 * A validated claim, before it is accepted as a report: everything a source says, typed, with
 * the time as an interval and the place as a point with its uncertainty.
 *
 * @param place   the place as the source names it, or null
 * @param where   the point, or null for a claim without one location (an aggregate over regions)
 * @param regions the shipped first-level regions the claim concerns: the one covering the point,
 *                or those an aggregate claim names
 */
public record Claim(ReportSource source, ReportTime when, String place, ReportLocation where, List<String> regions,
                    Target target, Means means, Outcome outcome, String allegedPerpetrator, String damage,
                    Casualties casualties, List<String> evidence, String supersedes, String externalRef) {

    public Claim {
        regions = regions == null ? List.of() : List.copyOf(regions);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
