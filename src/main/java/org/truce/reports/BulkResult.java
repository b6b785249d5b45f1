package org.truce.reports;

/** What a bulk import accepted: how many reports, and the first and last of their ids. */
public record BulkResult(long imported, String firstId, String lastId) {
}
