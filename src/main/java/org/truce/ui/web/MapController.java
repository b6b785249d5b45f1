package org.truce.ui.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.truce.shared.Viewer;
import org.truce.ui.FilterField;
import org.truce.ui.MapLayer;
import org.truce.ui.TimeWindow;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * The map: the offline base map of the shipped regions, an optional tile layer, and the overlays
 * that features register ({@link MapLayer}) with their time slider and filter panel.
 */
@Controller
@Hidden
class MapController {

    private final List<MapLayer> layers;
    private final LayerDescriptions descriptions;
    private final String tileUrl;
    private final String tileAttribution;

    MapController(List<MapLayer> layers, LayerDescriptions descriptions,
                  @Value("${truce.ui.tile-url:}") String tileUrl,
                  @Value("${truce.ui.tile-attribution:}") String tileAttribution) {
        this.layers = layers.stream().sorted((a, b) -> Integer.compare(a.order(), b.order())).toList();
        this.descriptions = descriptions;
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
        List<Map<String, Object>> described = visible.stream().map(layer -> descriptions.describe(layer, locale)).toList();
        model.addAttribute("layers", described);
        model.addAttribute("layersJson", descriptions.json(described));
        model.addAttribute("window", window.orElse(null));
        model.addAttribute("filters", filters);
        model.addAttribute("tileUrl", tileUrl);
        model.addAttribute("tileAttribution", tileAttribution);
        return "map";
    }
}
