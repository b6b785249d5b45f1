package org.truce.sites;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The specific facilities named in the shipped claims of March-April 2025
 * ({@code claims-2025-moratorium.csv}): every claim located at a {@code site} with a
 * {@code facility_type} names one. Claims at the same coordinates with the same type are one
 * facility (the three Sudzha claims describe one station); its owner is the claim's
 * {@code country}, its category the facility type, its name the place up to the first comma.
 */
public final class ClaimedFacilities {

    public static final String RESOURCE = "/data/claims-2025-moratorium.csv";
    public static final String SOURCE = "Public claims of March-April 2025 (claims-2025-moratorium.csv)";

    /**
     * Facilities held by the other side when the claims were made: Sudzha, in the part of the
     * Kursk region Ukrainian forces held until March 2025; Glebovskoye, in Crimea, which Russia
     * controls (the claim's note says so).
     */
    static final Map<String, String> CONTROL_CONTESTED = Map.of(
            "Sudzha gas metering station",
            "Held by Ukrainian forces at the time of the claims (March 2025); control of the area was contested",
            "Glebovskoye gas storage",
            "In Crimea, under Russian control at the time of the claims (March 2025)");

    /** A facility to nominate, and by which party. */
    public record Facility(String owner, SiteInput input) {
    }

    private ClaimedFacilities() {
    }

    public static List<Facility> shipped() {
        try (InputStream in = ClaimedFacilities.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Facility> read(InputStream in) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        Map<String, List<CSVRecord>> byFacility = new LinkedHashMap<>();
        try (CSVParser parser = CSVParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8), format)) {
            for (CSVRecord claim : parser) {
                if ("site".equals(claim.get("location_precision")) && !claim.get("facility_type").isBlank()
                        && !claim.get("latitude").isBlank() && !claim.get("longitude").isBlank()) {
                    String key = String.join("|", claim.get("country"), claim.get("facility_type"),
                            claim.get("latitude"), claim.get("longitude"));
                    byFacility.computeIfAbsent(key, k -> new ArrayList<>()).add(claim);
                }
            }
        }
        List<Facility> facilities = new ArrayList<>();
        for (List<CSVRecord> claims : byFacility.values()) {
            CSVRecord first = claims.get(0);
            String name = first.get("place").split(",", 2)[0].strip();
            String owner = first.get("country");
            String control = CONTROL_CONTESTED.get(name);
            String claimIds = String.join(" ", claims.stream().map(c -> c.get("claim_id")).toList());
            facilities.add(new Facility(owner, new SiteInput(name, first.get("facility_type"), null, null,
                    first.get("latitude"), first.get("longitude"), owner, owner, null, SOURCE, claimIds,
                    control == null ? null : "true", control)));
        }
        return facilities;
    }
}
