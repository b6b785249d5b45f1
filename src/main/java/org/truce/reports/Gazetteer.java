package org.truce.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.truce.geo.Regions;
import org.truce.reports.PlaceNames.Key;

/**
 * Place names to coordinates, over the shipped GeoNames places of Ukraine and Russia (CC BY 4.0)
 * and the shipped regions: "Суджа", "Sudzha", "Klimovsky district, Bryansk Region", "Kursk
 * region", "Poltava Oblast", "Kherson". A name's own kind words decide what it is looked up as
 * (a region word: a region; a district word: a district); otherwise a populated place first,
 * then a region, then a district. Parts after a comma qualify the first part ("…, Bryansk
 * Region"); among several candidates the larger population wins. Immutable and thread-safe.
 */
public final class Gazetteer {

    private static final Map<String, String> COUNTRIES = Map.ofEntries(
            Map.entry("ukraine", "UA"), Map.entry("україна", "UA"), Map.entry("украина", "UA"), Map.entry("ua", "UA"),
            Map.entry("russia", "RU"), Map.entry("russian federation", "RU"), Map.entry("россия", "RU"),
            Map.entry("росія", "RU"), Map.entry("российская федерация", "RU"), Map.entry("ru", "RU"));

    private static final int CACHE_LIMIT = 100_000;

    private final GazetteerData data;
    /** Names already resolved: reports repeat place names, a bulk import many times over. */
    private final Map<String, Optional<PlaceMatch>> resolved = new java.util.concurrent.ConcurrentHashMap<>();

    private Gazetteer(GazetteerData data) {
        this.data = data;
    }

    /** The shipped places ({@code data/places-ua-ru.csv}) over the shipped regions. */
    public static Gazetteer shipped(Regions regions) {
        return new Gazetteer(GazetteerData.load(regions));
    }

    /** The single place the text names, if the gazetteer knows it. */
    public Optional<PlaceMatch> resolve(String text) {
        return resolve(text, null);
    }

    /**
     * The single place the text names; {@code countryHint} (UA, RU or null) prefers places in that
     * country when the name alone is ambiguous.
     */
    public Optional<PlaceMatch> resolve(String text, String countryHint) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String cacheKey = countryHint + "|" + text;
        Optional<PlaceMatch> cached = resolved.get(cacheKey);
        if (cached != null) {
            return cached;
        }
        Optional<PlaceMatch> found = lookUpText(text, countryHint);
        if (resolved.size() < CACHE_LIMIT) {
            resolved.put(cacheKey, found);
        }
        return found;
    }

    private Optional<PlaceMatch> lookUpText(String text, String countryHint) {
        String[] parts = text.split("[,;]");
        Key main = PlaceNames.key(parts[0]);
        if (main.isEmpty()) {
            return Optional.empty();
        }
        Predicate<PlaceMatch> qualified = qualifiers(parts);
        Optional<PlaceMatch> found = lookUp(main, qualified, countryHint);
        if (found.isEmpty() && main.text().contains(" ")) {
            // "Sudzha gas metering station": the leading words name the place
            String[] tokens = main.text().split(" ");
            for (int n = tokens.length - 1; n >= 1 && found.isEmpty(); n--) {
                Key shorter = new Key(String.join(" ", java.util.Arrays.copyOf(tokens, n)), main.kind());
                found = lookUp(shorter, qualified, countryHint);
            }
        }
        return found;
    }

    /**
     * The regions an aggregate claim names ("Bryansk, Belgorod and Voronezh regions"), when every
     * part of the text is a shipped region and there are at least two; empty otherwise.
     */
    public List<PlaceMatch> regionsNamed(String text) {
        if (text == null) {
            return List.of();
        }
        String[] parts = text.split(",|;|&|\\band\\b|\\bи\\b|\\bі\\b|\\bта\\b");
        List<PlaceMatch> regions = new ArrayList<>();
        for (String part : parts) {
            Key key = PlaceNames.key(part);
            if (key.isEmpty()) {
                continue;
            }
            List<PlaceMatch> candidates = data.regions(key.text());
            if (candidates.isEmpty()) {
                return List.of();
            }
            regions.add(candidates.get(0));
        }
        return regions.size() >= 2 ? List.copyOf(regions) : List.of();
    }

    /** Places whose names start with or contain the query, best first: for a place search. */
    public List<PlaceMatch> search(String query, int limit) {
        Key key = PlaceNames.key(query);
        if (key.isEmpty()) {
            return List.of();
        }
        String q = key.text();
        Map<PlaceMatch, Integer> scores = new LinkedHashMap<>();
        data.forEachName((name, match) -> {
            int score = name.equals(q) ? 3 : name.startsWith(q) ? 2 : q.length() >= 3 && name.contains(q) ? 1 : 0;
            if (score > 0) {
                scores.merge(match, score, Math::max);
            }
        });
        return scores.entrySet().stream()
                .sorted(Map.Entry.<PlaceMatch, Integer>comparingByValue().reversed()
                        .thenComparing(e -> e.getKey().precision() == GeoPrecision.REGION ? 0 : 1)
                        .thenComparing(e -> -e.getKey().population())
                        .thenComparing(e -> e.getKey().name()))
                .limit(Math.max(1, limit))
                .map(Map.Entry::getKey)
                .toList();
    }

    /** The time zone of the nearest known place within 150 km, if any. */
    public Optional<String> zoneNear(double latitude, double longitude) {
        return data.nearestZone(latitude, longitude, GazetteerData.ZONE_RADIUS);
    }

    private Optional<PlaceMatch> lookUp(Key key, Predicate<PlaceMatch> qualified, String countryHint) {
        List<List<PlaceMatch>> tiers = switch (key.kind()) {
            case REGION -> List.of(data.regions(key.text()));
            case DISTRICT -> List.of(data.districts(key.text()), districtsByStem(key.text()),
                    atPrecision(data.towns(key.text()), GeoPrecision.DISTRICT));
            case TOWN -> List.of(data.towns(key.text()));
            case UNSAID -> List.of(data.towns(key.text()), data.regions(key.text()), data.districts(key.text()),
                    districtsByStem(key.text()));
        };
        for (List<PlaceMatch> tier : tiers) {
            List<PlaceMatch> candidates = tier.stream().filter(qualified).toList();
            if (countryHint != null) {
                List<PlaceMatch> inCountry = candidates.stream().filter(m -> countryHint.equals(m.country())).toList();
                if (!inCountry.isEmpty()) {
                    candidates = inCountry;
                }
            }
            if (!candidates.isEmpty()) {
                return Optional.of(candidates.get(0));
            }
        }
        return Optional.empty();
    }

    /** "Klimovsky" names the district around Klimovo: the town that continues the stem. */
    private List<PlaceMatch> districtsByStem(String key) {
        String stem = PlaceNames.adjectiveStem(key);
        if (stem == null) {
            return List.of();
        }
        return atPrecision(data.townsContinuing(stem), GeoPrecision.DISTRICT);
    }

    private static List<PlaceMatch> atPrecision(List<PlaceMatch> towns, GeoPrecision precision) {
        return towns.stream().map(m -> new PlaceMatch(m.name(), precision, m.latitude(), m.longitude(), m.regionId(),
                m.regionName(), m.country(), m.population(), m.zone())).toList();
    }

    /** Candidates must lie in every region or country that a qualifier after a comma names. */
    private Predicate<PlaceMatch> qualifiers(String[] parts) {
        Set<String> regionIds = new LinkedHashSet<>();
        Set<String> countries = new LinkedHashSet<>();
        for (int i = 1; i < parts.length; i++) {
            Key key = PlaceNames.key(parts[i]);
            if (key.isEmpty()) {
                continue;
            }
            String country = COUNTRIES.get(key.text());
            if (country != null) {
                countries.add(country);
                continue;
            }
            List<PlaceMatch> regions = data.regions(key.text());
            if (!regions.isEmpty()) {
                regionIds.add(regions.get(0).regionId());
            }
        }
        return match -> (regionIds.isEmpty() || regionIds.contains(match.regionId()))
                && (countries.isEmpty() || countries.contains(match.country()));
    }

    /** Sorting of candidates: larger population first, then administrative seats, then name. */
    static final Comparator<PlaceMatch> PREFERRED = Comparator.comparingLong(PlaceMatch::population).reversed()
            .thenComparing(PlaceMatch::name);

    /** For tests and the place search: how many places, districts and regions are indexed. */
    public String summary() {
        return data.summary();
    }
}
