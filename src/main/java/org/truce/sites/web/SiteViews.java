package org.truce.sites.web;

import java.time.Instant;
import java.util.List;

import org.truce.geo.GeoJson;
import org.truce.shared.Category;
import org.truce.shared.PowerPlantKind;
import org.truce.shared.Role;
import org.truce.sites.Actor;
import org.truce.sites.ControlChange;
import org.truce.sites.Nomination;
import org.truce.sites.Site;
import org.truce.sites.SiteEvent;
import org.truce.sites.SiteList;
import org.truce.sites.SiteStatus;
import org.truce.sites.StatusChange;

import com.fasterxml.jackson.annotation.JsonInclude;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The JSON and GeoJSON shapes of sites in the API. */
final class SiteViews {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SiteViews() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SiteView(String id, String name, Category category, PowerPlantKind kind, JsonNode geometry, String country,
                    String owner, Double capacityMw, String source, String sourceRef, SiteStatus status,
                    String statusReason, boolean controlContested, String controlReason, ActorView nominatedBy,
                    Instant nominatedAt, Instant statusChangedAt, Double distanceMetres, List<ChangeView> history) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ActorView(String accountId, Role role, String party) {
        static ActorView of(Actor actor) {
            return new ActorView(actor.accountId(), actor.role(), actor.party());
        }
    }

    /** One entry of a site's history: its nomination, a status change or a control change. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ChangeView(long ledgerSeq, String action, SiteStatus status, Boolean controlContested, String reason,
                      ActorView by, Instant at) {
    }

    record ListView(int total, int offset, int limit, List<SiteView> sites) {
    }

    record ImportView(int nominated, List<String> ids) {
    }

    static SiteView view(Site site, Double distanceMetres, List<ChangeView> history) {
        return new SiteView(site.id(), site.name(), site.category(), site.kind(), GeoJson.write(site.geometry()),
                site.country(), site.owner(), site.capacityMw(), site.source(), site.sourceRef(), site.status(),
                site.statusReason(), site.controlContested(), site.controlReason(), ActorView.of(site.nominatedBy()),
                site.nominatedAt(), site.statusChangedAt(), distanceMetres, history);
    }

    static ListView list(SiteList list) {
        return new ListView(list.total(), list.offset(), list.limit(),
                list.sites().stream().map(e -> view(e.site(), e.distanceMetres(), null)).toList());
    }

    static ChangeView change(SiteEvent.Sequenced sequenced) {
        SiteEvent event = sequenced.event();
        if (event instanceof Nomination n) {
            return new ChangeView(sequenced.seq(), n.action(), SiteStatus.NOMINATED, n.controlContested(),
                    n.controlReason(), ActorView.of(n.by()), n.at());
        }
        if (event instanceof StatusChange c) {
            return new ChangeView(sequenced.seq(), c.action(), c.status(), null, c.reason(), ActorView.of(c.by()), c.at());
        }
        ControlChange c = (ControlChange) event;
        return new ChangeView(sequenced.seq(), c.action(), null, c.contested(), c.reason(), ActorView.of(c.by()), c.at());
    }

    /** A FeatureCollection (RFC 7946) of the page, with {@code total} as a foreign member. */
    static ObjectNode featureCollection(SiteList list, JsonMapper json) {
        ObjectNode collection = NODES.objectNode();
        collection.put("type", "FeatureCollection");
        collection.put("total", list.total());
        ArrayNode features = collection.putArray("features");
        for (SiteList.Entry entry : list.sites()) {
            ObjectNode properties = json.valueToTree(view(entry.site(), entry.distanceMetres(), null));
            JsonNode geometry = properties.remove("geometry");
            properties.remove("id");
            ObjectNode feature = features.addObject();
            feature.put("type", "Feature");
            feature.put("id", entry.site().id());
            feature.set("geometry", geometry);
            feature.set("properties", properties);
        }
        return collection;
    }
}
