package org.truce.ui;

import java.util.List;

/**
 * A group of checkboxes in the map's filter panel; the overlay sends the checked values as the
 * query parameter {@code name} (see {@link MapLayer} for the contract).
 */
public record FilterField(String name, String labelKey, List<Option> options) {

    public FilterField {
        if (name == null || !name.matches("[a-z][a-zA-Z0-9]*")) {
            throw new IllegalArgumentException("a filter name is a camelCase query parameter: " + name);
        }
        if (List.of("bbox", "zoom", "from", "to").contains(name)) {
            throw new IllegalArgumentException("'" + name + "' is a parameter every overlay sends already");
        }
        options = List.copyOf(options);
    }

    public record Option(String value, String labelKey) {
    }
}
