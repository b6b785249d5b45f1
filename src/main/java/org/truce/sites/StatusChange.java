package org.truce.sites;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A site's status changed (accepted, contested, withdrawn): who, in what role, why and when. */
public record StatusChange(String siteId, SiteStatus status, String reason, Actor by, Instant at) implements SiteEvent {

    @Override
    public String action() {
        return status.action();
    }

    @Override
    public Map<String, Object> content() {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("siteId", siteId);
        content.put("status", status.code());
        content.put("reason", reason);
        content.put("by", Nomination.actor(by));
        content.put("at", at.toString());
        return content;
    }
}
