package org.truce.reports;

/** People the report says were killed and injured; null where it does not say. */
public record Casualties(Integer killed, Integer injured) {
}
