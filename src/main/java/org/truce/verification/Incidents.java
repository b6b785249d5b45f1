package org.truce.verification;

import org.truce.shared.NotFound;
import org.truce.shared.Viewer;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * The verification engine's API for the other features and its HTTP edge. (First cut: the types
 * of the contract; the engine behind them follows.)
 */
public class Incidents {

    private final List<IncidentListener> listeners = new CopyOnWriteArrayList<>();

    /** One incident, unfiltered: for other features' internal use. */
    public Optional<IncidentFacts> facts(String incidentId) {
        return Optional.empty();
    }

    /** Every incident as it is now, unfiltered. */
    public Stream<IncidentFacts> all() {
        return Stream.empty();
    }

    /** Mediator and monitors read all; a party its own, put to it or published; the public published. */
    public boolean mayRead(Viewer viewer, String incidentId) {
        return false;
    }

    public IncidentView get(Viewer viewer, String id) {
        throw new NotFound("incident", id);
    }

    public IncidentList list(Viewer viewer, IncidentQuery query) {
        return new IncidentList(0, query.offset(), query.limit(), List.of());
    }

    public void addListener(IncidentListener listener) {
        listeners.add(listener);
    }
}
