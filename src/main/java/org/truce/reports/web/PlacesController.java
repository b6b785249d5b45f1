package org.truce.reports.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.truce.reports.Gazetteer;
import org.truce.reports.PlaceMatch;
import org.truce.shared.InvalidInput;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Places", description = "The gazetteer: GeoNames places and the regions of Ukraine and Russia")
class PlacesController {

    private final Gazetteer gazetteer;

    PlacesController(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @GetMapping("/api/places")
    @Operation(summary = "Places whose names match the query (Latin or Cyrillic), best first: name, region, "
            + "coordinates, precision (public)")
    List<PlaceMatch> search(@RequestParam String q, @RequestParam(defaultValue = "10") int limit) {
        if (q.isBlank()) {
            throw InvalidInput.of("q", "a place name, or its beginning");
        }
        if (limit < 1 || limit > 50) {
            throw InvalidInput.of("limit", "between 1 and 50");
        }
        return gazetteer.search(q, limit);
    }
}
