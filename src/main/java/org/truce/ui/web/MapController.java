package org.truce.ui.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.truce.shared.Viewer;
import org.truce.ui.FilterField;
import org.truce.ui.MapLayer;
import org.truce.ui.TimeWindow;

import io.swagger.v3.oas.annotations.Hidden;
import tools.jackson.databind.json.JsonMapper;

/**
 * The map: the offline base map of the shipped regions, an optional tile layer, and the overlays
 * that features register ({@link MapLayer}) with their time slider and filter panel.
 */
@Controller
@Hidden
class MapController {

    private final List<MapLayer> layers;
    private final MessageSource messages;
    private final String tileUrl;
    private final String tileAttribution;
    private final JsonMapper json = JsonMapper.builder().build();

    MapController(List<MapLayer> layers, MessageSource messages,
                  @Value("${truce.ui.tile-url:}") String tileUrl,
                  @Value("${truce.ui.tile-attribution:}") String tileAttribution) {
        this.layers = layers.stream().sorted((a, b) -> Integer.compare(a.order(), b.order())).toList();
        this.messages = messages;
        this.tileUrl = tileUrl == null || tileUrl.isBlank() ? null : tileUrl.strip();
        this.tileAttribution = tileAttribution;
    }

    @GetMapping("/map")
    String map(Viewer viewer, Locale locale, Model model) {
        List<MapLayer> visible = layers.stream().filter(layer -> layer.visibleTo(viewer.role())).toList();
        Optional<TimeWindow> window = visible.stream().map(layer -> layer.window().get())
                .flatMap(Optional::stream).reduce(TimeWindow::span);
        List<FilterField> filters = new ArrayList<>();
        visible.forEach(layer -> layer.filters().stream()
                .filter(field -> filters.stream().noneMatch(f -> f.name().equals(field.name())))
                .forEach(filters::add));
        List<Map<String, Object>> described = visible.stream().map(layer -> describe(layer, locale)).toList();
        model.addAttribute("layers", described);
        model.addAttribute("layersJson", json.writeValueAsString(described));
        model.addAttribute("window", window.orElse(null));
        model.addAttribute("filters", filters);
        model.addAttribute("tileUrl", tileUrl);
        model.addAttribute("tileAttribution", tileAttribution);
        return "map";
    }

    private Map<String, Object> describe(MapLayer layer, Locale locale) {
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
}
