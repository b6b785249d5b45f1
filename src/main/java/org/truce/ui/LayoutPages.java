package org.truce.ui;

/**
 * Marks a feature's page controller (in its own {@code web} package) whose pages use the shared
 * layout: the web UI then adds the layout's frame (navigation, language, time zone) to the model
 * of its pages, as it does for its own controllers.
 */
public interface LayoutPages {
}
