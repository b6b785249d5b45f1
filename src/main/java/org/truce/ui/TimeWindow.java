package org.truce.ui;

import java.time.Instant;
import java.util.Objects;

/** A closed interval of UTC instants, such as an agreement's effective window, for the time slider. */
public record TimeWindow(Instant from, Instant to) {

    public TimeWindow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a window ends after it starts: " + from + " .. " + to);
        }
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(from) && !instant.isAfter(to);
    }

    /** The smallest window holding both. */
    public TimeWindow span(TimeWindow other) {
        return new TimeWindow(from.isBefore(other.from) ? from : other.from, to.isAfter(other.to) ? to : other.to);
    }
}
