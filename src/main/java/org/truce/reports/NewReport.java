package org.truce.reports;

import java.util.List;

/**
 * A report as submitted, before validation: loosely typed so that every wrong value can be named
 * with its field and reason ({@code where.latitude}, {@code target.category}).
 */
public record NewReport(When when, Where where, TargetInput target, String means, String outcome,
                        String allegedPerpetrator, String damage, CasualtiesInput casualties, SourceInput source,
                        List<String> evidence, String supersedes, String externalRef) {

    /**
     * @param instant   an ISO-8601 instant ({@code 2025-03-21T14:05:00Z}) for an exact time
     * @param date      an ISO-8601 local date ({@code 2025-03-21}) for day, week or month precision
     * @param precision exact, day, week, month (or ACLED's 1, 2, 3); default exact for an instant, day for a date
     * @param timeZone  the IANA zone of the local date; default the zone of the place
     */
    public record When(String instant, String date, String precision, String timeZone) {
    }

    /**
     * @param latitude          WGS 84, with longitude
     * @param longitude         WGS 84, with latitude
     * @param uncertaintyMetres how far from the point the event may have been; default by precision
     * @param precision         site, town, district, region (or ACLED's 1, 2, 3)
     * @param place             a place name; resolved by the gazetteer when no coordinates are given
     * @param country           the country the place is in (UA, RU): helps the gazetteer
     */
    public record Where(Double latitude, Double longitude, Double uncertaintyMetres, String precision, String place,
                        String country) {
    }

    /** @param category a facility type of the taxonomy ({@code gas_metering}) */
    public record TargetInput(String siteId, String category, String description) {
    }

    public record CasualtiesInput(Integer killed, Integer injured) {
    }

    /**
     * @param kind        party, monitor or open_source (default: party for a party's account,
     *                    open_source when an address is given, otherwise monitor)
     * @param party       the claiming party's code, for kind party
     * @param publishedOn ISO-8601 date
     */
    public record SourceInput(String kind, String party, String name, String address, String publishedOn) {
    }
}
