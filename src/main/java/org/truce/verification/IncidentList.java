package org.truce.verification;

import java.util.List;

/** A page of incidents: {@code total} counts every match the reader may see, {@code incidents} the page. */
public record IncidentList(long total, int offset, int limit, List<IncidentSummary> incidents) {

    public IncidentList {
        incidents = List.copyOf(incidents);
    }
}
