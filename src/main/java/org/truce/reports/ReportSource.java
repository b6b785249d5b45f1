package org.truce.reports;

import java.time.LocalDate;

/**
 * Who makes the claim and where it was published.
 *
 * @param kind        a party, the monitoring mission, or an open source
 * @param party       for a party's claim, the party code ({@code UA}, {@code RU}); otherwise null
 * @param name        who exactly (e.g. "Russian Ministry of Defence"), or null
 * @param address     where it was published (http or https), or null
 * @param publishedOn the publication date, or null
 */
public record ReportSource(SourceKind kind, String party, String name, String address, LocalDate publishedOn) {
}
