package org.truce.ui.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The deployment's optional tile server, for every page that shows a map. */
@Component
public class MapSettings {

    private final String tileUrl;
    private final String tileAttribution;

    MapSettings(@Value("${truce.ui.tile-url:}") String tileUrl, @Value("${truce.ui.tile-attribution:}") String tileAttribution) {
        this.tileUrl = tileUrl == null || tileUrl.isBlank() ? null : tileUrl.strip();
        this.tileAttribution = tileAttribution;
    }

    public String tileUrl() {
        return tileUrl;
    }

    public String tileAttribution() {
        return tileAttribution;
    }
}
