package org.truce.ui;

import org.truce.shared.Role;
import org.truce.verification.Grade;
import org.truce.verification.IncidentSummary;
import org.truce.verification.Verdict;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The incidents on the map: one point per incident the viewer may read (at its most precise
 * claim the viewer may read), coloured by its grade once a monitor graded it, else by the engine's
 * verdict; filtered by verdict and grade; the time slider spans the agreements' windows. The
 * public sees the published incidents only.
 */
public final class IncidentsLayer {

    public static final String ID = "incidents";
    public static final String URL = "/api/incidents/clusters";
    /** Filter parameters, named for incidents so that no other layer's filter of the same name joins them. */
    public static final String VERDICT = "incidentVerdict";
    public static final String GRADE = "incidentGrade";
    /** The grade filter's value for incidents not graded yet. */
    public static final String UNGRADED = "ungraded";

    private static final Map<String, String> COLOURS = new LinkedHashMap<>();

    static {
        COLOURS.put(Verdict.POTENTIAL_VIOLATION.code(), "#c0392b");
        COLOURS.put(Verdict.UNDETERMINED.code(), "#d68910");
        COLOURS.put(Verdict.NOT_COVERED.code(), "#7a828a");
        COLOURS.put(Grade.CONFIRMED_VIOLATION.code(), "#7b1010");
        COLOURS.put(Grade.PROBABLE_VIOLATION.code(), "#e74c3c");
        COLOURS.put(Grade.UNSUBSTANTIATED.code(), "#5d6d7e");
        COLOURS.put(Grade.NOT_A_VIOLATION.code(), "#2e7d32");
        COLOURS.put(Grade.INCONCLUSIVE.code(), "#8e44ad");
    }

    private IncidentsLayer() {
    }

    public static MapLayer layer(Supplier<Optional<TimeWindow>> window) {
        List<LegendEntry> legend = new ArrayList<>();
        COLOURS.forEach((kind, colour) -> legend.add(new LegendEntry(kind, "incidents.layer." + kind, colour)));
        List<FilterField.Option> verdicts = new ArrayList<>();
        for (Verdict v : Verdict.values()) {
            verdicts.add(new FilterField.Option(v.code(), "incidents.layer." + v.code()));
        }
        List<FilterField.Option> grades = new ArrayList<>();
        for (Grade g : Grade.values()) {
            grades.add(new FilterField.Option(g.code(), "incidents.layer." + g.code()));
        }
        grades.add(new FilterField.Option(UNGRADED, "incidents.layer.ungraded"));
        return MapLayer.of(ID, "map.incidents", URL, EnumSet.of(Role.PUBLIC), 10)
                .withLegend(legend)
                .withFilters(List.of(new FilterField(VERDICT, "incidents.layer.filter.verdict", verdicts),
                        new FilterField(GRADE, "incidents.layer.filter.grade", grades)))
                .withTimeWindow(window);
    }

    public static String colour(String kind) {
        return COLOURS.get(kind);
    }

    /** The incident as a map point: its kind is its grade, else its verdict; nothing the viewer may not read. */
    public static MapPoint point(IncidentSummary incident) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("title", incident.verdict().code() + (incident.grade() == null ? "" : " / " + incident.grade().code())
                + " " + incident.earliest());
        properties.put("verdict", incident.verdict().code());
        if (incident.grade() != null) {
            properties.put("grade", incident.grade().code());
        }
        properties.put("earliest", incident.earliest().toString());
        properties.put("claims", incident.claims());
        properties.put("href", "/incidents/" + incident.id());
        String kind = incident.grade() != null ? incident.grade().code() : incident.verdict().code();
        return new MapPoint(incident.id(), incident.longitude(), incident.latitude(), kind, properties);
    }
}
