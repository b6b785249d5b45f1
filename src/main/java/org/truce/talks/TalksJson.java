package org.truce.talks;

import org.truce.shared.CanonicalJson;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/** Talks records to and from the canonical JSON they are stored and committed as. */
public final class TalksJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private TalksJson() {
    }

    public static String canonical(Object content) {
        return CanonicalJson.text(content);
    }

    public static <T> T read(String json, Class<T> type) {
        return MAPPER.readValue(json, type);
    }

    public static JsonNode tree(String json) {
        return MAPPER.readTree(json);
    }

    /** Any value as JSON text (for the pages' chart data). */
    public static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }
}
