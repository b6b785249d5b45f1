package org.truce.ui.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.truce.ui.MapLayer;

import tools.jackson.databind.json.JsonMapper;

/** A map layer as the pages' scripts read it: id, label and legend in the reader's language, endpoint. */
@Component
public class LayerDescriptions {

    private final MessageSource messages;
    private final JsonMapper json = JsonMapper.builder().build();

    LayerDescriptions(MessageSource messages) {
        this.messages = messages;
    }

    public Map<String, Object> describe(MapLayer layer, Locale locale) {
        Map<String, Object> description = new LinkedHashMap<>();
        description.put("id", layer.id());
        // a key without a message is shown as it is (a layer may name itself in plain words)
        description.put("label", messages.getMessage(layer.labelKey(), null, layer.labelKey(), locale));
        description.put("url", layer.url());
        description.put("timed", layer.window().get().isPresent());
        description.put("legend", layer.legend().stream().map(entry -> Map.of("kind", entry.kind(),
                "label", messages.getMessage(entry.labelKey(), null, entry.kind(), locale),
                "colour", entry.colour())).toList());
        return description;
    }

    public String json(List<Map<String, Object>> described) {
        return json.writeValueAsString(described);
    }
}
