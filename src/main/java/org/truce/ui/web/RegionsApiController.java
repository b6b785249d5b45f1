package org.truce.ui.web;

import java.util.concurrent.TimeUnit;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.truce.ui.BaseMap;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The offline base map's data: the shipped regions, simplified for the zoom. */
@RestController
@Tag(name = "Map", description = "The offline base map")
class RegionsApiController {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final BaseMap baseMap;

    RegionsApiController(BaseMap baseMap) {
        this.baseMap = baseMap;
    }

    @GetMapping(value = "/api/regions", produces = {"application/geo+json", "application/json"})
    @Operation(summary = "The shipped regions (Natural Earth) as a GeoJSON FeatureCollection, simplified to about "
            + "one pixel at the zoom, with names in English, Ukrainian and Russian and a label point (public)")
    ResponseEntity<byte[]> regions(@Parameter(description = "the map's zoom level, 0..22; detail stops growing at "
            + BaseMap.FULL_DETAIL_ZOOM) @RequestParam(defaultValue = "4") int zoom) {
        return ResponseEntity.ok()
                .contentType(GEO_JSON)
                .cacheControl(CacheControl.maxAge(1, TimeUnit.DAYS).cachePublic())
                .body(baseMap.featureCollection(zoom));
    }
}
