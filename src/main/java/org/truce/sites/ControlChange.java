package org.truce.sites;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The mediator marked whether the site's control is contested (held by the other side, as the
 * Sudzha station was in March 2025), with the reason.
 */
public record ControlChange(String siteId, boolean contested, String reason, Actor by, Instant at) implements SiteEvent {

    public static final String ACTION = "site.control_changed";

    @Override
    public String action() {
        return ACTION;
    }

    @Override
    public Map<String, Object> content() {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("siteId", siteId);
        content.put("contested", contested);
        content.put("reason", reason);
        content.put("by", Nomination.actor(by));
        content.put("at", at.toString());
        return content;
    }
}
