package org.truce.ui.web.verification;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.truce.ui.MapLayer;

/** A map layer as overlay.js reads it (id, label, url, legend in the reader's language), for the maps outside the map page. */
final class LayerJson {

    private LayerJson() {
    }

    static Map<String, Object> of(MapLayer layer, MessageSource messages, Locale locale, String url) {
        Map<String, Object> description = new LinkedHashMap<>();
        description.put("id", layer.id());
        description.put("label", messages.getMessage(layer.labelKey(), null, layer.labelKey(), locale));
        description.put("url", url);
        description.put("timed", false);
        description.put("legend", layer.legend().stream().map(entry -> Map.of("kind", entry.kind(),
                "label", messages.getMessage(entry.labelKey(), null, entry.kind(), locale),
                "colour", entry.colour())).toList());
        return description;
    }
}
