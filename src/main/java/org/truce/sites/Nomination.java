package org.truce.sites;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;
import org.truce.geo.GeoJson;
import org.truce.shared.Category;
import org.truce.shared.PowerPlantKind;

import tools.jackson.databind.json.JsonMapper;

/**
 * A site as its owner (or the mediator, for an import) nominated it: the stored row and the
 * content of its {@code site.nominated} ledger entry. The geometry is kept as the GeoJSON text
 * written once from the validated geometry, so the committed content is re-derivable bit for bit.
 */
public record Nomination(String siteId, String name, Category category, PowerPlantKind kind, String geometry,
                         String country, String owner, Double capacityMw, String source, String sourceRef,
                         boolean controlContested, String controlReason, Actor by, Instant at) implements SiteEvent {

    public static final String ACTION = "site.nominated";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static Nomination of(String siteId, SiteDraft draft, Actor by, Instant at) {
        return new Nomination(siteId, draft.name(), draft.category(), draft.kind(),
                GeoJson.write(draft.geometry()).toString(), draft.country(), draft.owner(), draft.capacityMw(),
                draft.source(), draft.sourceRef(), draft.controlContested(), draft.controlReason(), by, at);
    }

    @Override
    public String action() {
        return ACTION;
    }

    /** The geometry as JTS, read back from its stored GeoJSON. */
    public Geometry parsedGeometry() {
        return GeoJson.read(JSON.readTree(geometry), "geometry");
    }

    @Override
    public Map<String, Object> content() {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("id", siteId);
        content.put("name", name);
        content.put("category", category.code());
        content.put("kind", kind == null ? null : kind.code());
        content.put("geometry", JSON.readTree(geometry));
        content.put("country", country);
        content.put("owner", owner);
        content.put("capacityMw", capacityMw);
        content.put("source", source);
        content.put("sourceRef", sourceRef);
        content.put("controlContested", controlContested);
        content.put("controlReason", controlReason);
        content.put("nominatedBy", actor(by));
        content.put("nominatedAt", at.toString());
        return content;
    }

    static Map<String, Object> actor(Actor actor) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("accountId", actor.accountId());
        map.put("role", actor.role().code());
        map.put("party", actor.party());
        return map;
    }
}
