package org.truce.ui;

/**
 * One class of points on a map layer (a verdict, a grade, a site status): the value the layer's
 * endpoint sends as a point's {@code kind}, its label's message key and its colour (CSS hex).
 */
public record LegendEntry(String kind, String labelKey, String colour) {

    public LegendEntry {
        if (colour == null || !colour.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("a legend colour is #rrggbb: " + colour);
        }
    }
}
