package org.truce.reports;

import static org.truce.reports.InputFields.casualties;
import static org.truce.reports.InputFields.date;
import static org.truce.reports.InputFields.evidence;
import static org.truce.reports.InputFields.instant;
import static org.truce.reports.InputFields.isWebAddress;
import static org.truce.reports.InputFields.present;
import static org.truce.reports.InputFields.text;
import static org.truce.reports.InputFields.trimmed;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.truce.geo.GeoJson;
import org.truce.geo.Region;
import org.truce.geo.Regions;
import org.truce.shared.Category;
import org.truce.shared.Ids;
import org.truce.shared.Means;
import org.truce.shared.Role;
import org.truce.shared.Viewer;

/**
 * Turns a submitted report into a typed {@link Claim}, or names every field that is wrong. Pure:
 * it reads only the gazetteer, the regions and the site catalogue; references to stored things
 * (evidence, the report a correction supersedes) are checked by {@link Reports}.
 */
public final class ReportValidator {

    static final int MAX_TEXT = 2_000;
    static final int MAX_NAME = 300;
    static final int MAX_EVIDENCE = 100;
    private static final Pattern PARTY_CODE = Pattern.compile("[A-Z]{2,8}");
    /** Where a report gives neither a zone nor a place, a party's own claims are read in its capital's zone. */
    private static final Map<String, String> PARTY_ZONES = Map.of("UA", "Europe/Kyiv", "RU", "Europe/Moscow");

    private final Gazetteer gazetteer;
    private final Regions regions;
    private final SiteCatalogue sites;

    /** @param sites the protected sites a report may name, or null while no feature provides them */
    public ReportValidator(Gazetteer gazetteer, Regions regions, SiteCatalogue sites) {
        this.gazetteer = gazetteer;
        this.regions = regions;
        this.sites = sites;
    }

    /** The claim, or null when {@code problems} now names what is wrong. */
    public Claim validate(NewReport input, Viewer submitter, Instant now, Problems problems) {
        if (input == null) {
            problems.add("body", "a report is required");
            return null;
        }
        ReportSource source = source(input.source(), submitter, problems);
        Target target = target(input.target(), submitter, problems);
        SiteFacts site = target == null || target.siteId() == null || sites == null ? null
                : sites.visibleSite(target.siteId(), submitter).orElse(null);
        Located located = where(input.where(), site, problems);
        ReportTime when = when(input.when(), located, source, now, problems);
        Means means = Means.UNKNOWN;
        if (present(input.means())) {
            means = Means.byCode(input.means()).orElse(null);
            if (means == null) {
                problems.add("means", "unknown means '" + input.means() + "'; expected one of " + Means.codes());
            }
        }
        Outcome outcome = null;
        if (!present(input.outcome())) {
            problems.add("outcome", "required: one of " + Outcome.codes());
        } else {
            outcome = Outcome.byCode(input.outcome()).orElse(null);
            if (outcome == null) {
                problems.add("outcome", "unknown outcome '" + input.outcome() + "'; expected one of " + Outcome.codes());
            }
        }
        String accused = trimmed(input.allegedPerpetrator());
        if (accused != null && !accused.equalsIgnoreCase("unknown") && !PARTY_CODE.matcher(accused).matches()) {
            problems.add("allegedPerpetrator", "a party code such as UA or RU, or 'unknown'");
        }
        if (accused != null && accused.equalsIgnoreCase("unknown")) {
            accused = null;
        }
        String damage = text(input.damage(), "damage", MAX_TEXT, problems);
        Casualties casualties = casualties(input.casualties(), problems);
        List<String> evidence = evidence(input.evidence(), problems);
        String supersedes = trimmed(input.supersedes());
        if (supersedes != null && !Ids.isWellFormed(supersedes, Report.ID_PREFIX)) {
            problems.add("supersedes", "not a report id: expected 'rep_' followed by lower-case letters and digits");
        }
        String externalRef = text(input.externalRef(), "externalRef", 100, problems);
        if (problems.any()) {
            return null;
        }
        return new Claim(source, when, located.place, located.location, located.regions, target, means, outcome,
                accused, damage, casualties, evidence, supersedes, externalRef);
    }

    private ReportSource source(NewReport.SourceInput input, Viewer submitter, Problems problems) {
        if (input == null) {
            problems.add("source", "required: who makes the claim (kind party, monitor or open_source; name; address; publishedOn)");
            return null;
        }
        String address = trimmed(input.address());
        SourceKind kind;
        if (present(input.kind())) {
            kind = SourceKind.byCode(input.kind()).orElse(null);
            if (kind == null) {
                problems.add("source.kind", "unknown source kind '" + input.kind() + "'; expected one of " + SourceKind.codes());
                return null;
            }
        } else if (submitter.is(Role.PARTY) || present(input.party())) {
            kind = SourceKind.PARTY;
        } else {
            kind = address != null ? SourceKind.OPEN_SOURCE : SourceKind.MONITOR;
        }
        String party = trimmed(input.party());
        switch (kind) {
            case PARTY -> {
                if (party == null && submitter.is(Role.PARTY)) {
                    party = submitter.party();
                }
                if (party == null) {
                    problems.add("source.party", "required for a party's claim: the party code, such as UA or RU");
                } else if (!PARTY_CODE.matcher(party).matches()) {
                    problems.add("source.party", "a party code such as UA or RU");
                } else if (submitter.is(Role.PARTY) && !submitter.party().equals(party)) {
                    problems.add("source.party", "a party submits its own claims: " + submitter.party());
                }
            }
            case MONITOR -> {
                if (!submitter.is(Role.MONITOR) && !submitter.is(Role.MEDIATOR)) {
                    problems.add("source.kind", "only the monitors and the mediator submit as the monitor");
                }
                party = null;
            }
            case OPEN_SOURCE -> {
                if (address == null) {
                    problems.add("source.address", "required for an open source: where it was published (http or https)");
                }
                if (!present(input.publishedOn())) {
                    problems.add("source.publishedOn", "required for an open source: the publication date, such as 2025-03-21");
                }
                party = null;
            }
        }
        if (address != null && !(address.length() <= MAX_TEXT && isWebAddress(address))) {
            problems.add("source.address", "an absolute http or https address");
        }
        LocalDate publishedOn = null;
        if (present(input.publishedOn())) {
            publishedOn = date(input.publishedOn(), "source.publishedOn", problems);
        }
        String name = text(input.name(), "source.name", MAX_NAME, problems);
        return new ReportSource(kind, party, name, address, publishedOn);
    }

    private Target target(NewReport.TargetInput input, Viewer submitter, Problems problems) {
        if (input == null || !present(input.siteId()) && !present(input.category()) && !present(input.description())) {
            problems.add("target", "say what was hit: a site id, a category of the taxonomy, or a description");
            return null;
        }
        String siteId = trimmed(input.siteId());
        Category category = null;
        if (siteId != null) {
            Optional<SiteFacts> site = sites == null ? Optional.empty() : sites.visibleSite(siteId, submitter);
            if (site.isEmpty()) {
                problems.add("target.siteId", "no site '" + siteId + "' that you may see");
            } else {
                category = site.get().category();
            }
        }
        if (present(input.category())) {
            Category given = Category.byCode(input.category()).orElse(null);
            if (given == null) {
                problems.add("target.category", "unknown category '" + input.category() + "'; expected one of "
                        + Category.codes());
            } else if (category != null && category != given) {
                problems.add("target.category", "the site is a " + category.code() + ", not a " + given.code());
            } else {
                category = given;
            }
        }
        String description = text(input.description(), "target.description", MAX_TEXT, problems);
        return new Target(siteId, category, description);
    }

    /** A point with its precision and regions, or only the regions of an aggregate claim. */
    private record Located(String place, ReportLocation location, List<String> regions) {
        static final Located NONE = new Located(null, null, List.of());
    }

    private Located where(NewReport.Where input, SiteFacts site, Problems problems) {
        if (input == null || input.latitude() == null && input.longitude() == null && !present(input.place())) {
            if (site != null) {
                return locatedAt(null, site.latitude(), site.longitude(), null, GeoPrecision.SITE, false);
            }
            problems.add("where", "give coordinates (latitude and longitude) or a place name");
            return Located.NONE;
        }
        String place = text(input.place(), "where.place", MAX_NAME, problems);
        String country = trimmed(input.country());
        if (country != null && !PARTY_CODE.matcher(country.toUpperCase(java.util.Locale.ROOT)).matches()) {
            problems.add("where.country", "a two-letter country code such as UA or RU");
            country = null;
        }
        GeoPrecision precision = null;
        if (present(input.precision())) {
            precision = GeoPrecision.byCode(input.precision()).orElse(null);
            if (precision == null) {
                problems.add("where.precision", "unknown precision '" + input.precision() + "'; expected one of "
                        + GeoPrecision.codes());
            }
        }
        Double radius = input.uncertaintyMetres();
        if (radius != null && !(radius >= 0 && radius <= 2_000_000)) {
            problems.add("where.uncertaintyMetres", "between 0 and 2,000,000 metres");
            radius = null;
        }
        if (input.latitude() != null || input.longitude() != null) {
            return coordinates(input, place, precision, radius, problems);
        }
        if (site != null) {
            return locatedAt(place, site.latitude(), site.longitude(), radius, GeoPrecision.SITE, false);
        }
        String hint = country == null ? null : country.toUpperCase(java.util.Locale.ROOT);
        Optional<PlaceMatch> match = gazetteer.resolve(place, hint);
        if (match.isPresent()) {
            PlaceMatch m = match.get();
            GeoPrecision resolved = precision != null && precision.coarserThan(m.precision()) ? precision : m.precision();
            return locatedAt(place, m.latitude(), m.longitude(), radius, resolved, true);
        }
        List<PlaceMatch> named = gazetteer.regionsNamed(place);
        if (!named.isEmpty()) {
            return new Located(place, null, named.stream().map(PlaceMatch::regionId).distinct().toList());
        }
        problems.add("where.place", "no place '" + place + "' in the gazetteer (GeoNames places and the regions of "
                + "Ukraine and Russia); give coordinates, or another spelling, optionally with its region after a comma");
        return Located.NONE;
    }

    private Located coordinates(NewReport.Where input, String place, GeoPrecision precision, Double radius,
                                Problems problems) {
        Double latitude = input.latitude();
        Double longitude = input.longitude();
        boolean ok = true;
        if (latitude == null) {
            problems.add("where.latitude", "required with a longitude");
            ok = false;
        } else if (!(latitude >= -90 && latitude <= 90)) {
            problems.add("where.latitude", "latitude " + latitude + " is outside -90..90");
            ok = false;
        }
        if (longitude == null) {
            problems.add("where.longitude", "required with a latitude");
            ok = false;
        } else if (!(longitude >= -180 && longitude <= 180)) {
            problems.add("where.longitude", "longitude " + longitude + " is outside -180..180");
            ok = false;
        }
        if (precision == null && radius == null && !present(input.precision())) {
            problems.add("where.precision", "required with coordinates (unless uncertaintyMetres is given): one of "
                    + GeoPrecision.codes());
            ok = false;
        }
        if (!ok || precision == null && radius == null) {
            return Located.NONE;
        }
        GeoPrecision effective = precision != null ? precision : precisionFor(radius);
        return locatedAt(place, latitude, longitude, radius, effective, false);
    }

    private Located locatedAt(String place, double latitude, double longitude, Double radius, GeoPrecision precision,
                              boolean resolved) {
        List<Region> covering = regions.covering(GeoJson.point(longitude, latitude));
        String regionId = covering.stream().filter(r -> r.level() == Region.Level.ADMIN1).map(Region::id)
                .findFirst().orElse(null);
        String country = covering.stream().filter(r -> r.level() == Region.Level.COUNTRY).map(Region::id)
                .findFirst().orElse(null);
        ReportLocation location = new ReportLocation(latitude, longitude,
                radius != null ? radius : precision.defaultRadiusMetres(), precision, regionId, country, resolved);
        return new Located(place, location, regionId == null ? List.of() : List.of(regionId));
    }

    private static GeoPrecision precisionFor(double radius) {
        for (GeoPrecision precision : GeoPrecision.values()) {
            if (radius <= precision.defaultRadiusMetres()) {
                return precision;
            }
        }
        return GeoPrecision.REGION;
    }

    private ReportTime when(NewReport.When input, Located located, ReportSource source, Instant now, Problems problems) {
        if (input == null || !present(input.instant()) && !present(input.date())) {
            problems.add("when", "give an instant (2025-03-21T14:05:00Z) or a date (2025-03-21) with its precision");
            return null;
        }
        TimePrecision precision = null;
        if (present(input.precision())) {
            precision = TimePrecision.byCode(input.precision()).orElse(null);
            if (precision == null) {
                problems.add("when.precision", "unknown precision '" + input.precision() + "'; expected one of "
                        + TimePrecision.codes() + " (or ACLED's 1, 2, 3)");
                return null;
            }
        }
        ReportTime when;
        if (present(input.instant())) {
            if (present(input.date())) {
                problems.add("when.date", "give either an instant or a date, not both");
                return null;
            }
            if (precision != null && precision != TimePrecision.EXACT) {
                problems.add("when.precision", "an instant is exact; give a date for day, week or month precision");
                return null;
            }
            Instant instant = instant(input.instant(), problems);
            if (instant == null) {
                return null;
            }
            when = ReportTime.exact(instant.truncatedTo(ChronoUnit.MILLIS));
        } else {
            if (precision == TimePrecision.EXACT) {
                problems.add("when.precision", "exact needs an instant such as 2025-03-21T14:05:00Z");
                return null;
            }
            LocalDate date = date(input.date(), "when.date", problems);
            ZoneId zone = zone(input.timeZone(), located, source, problems);
            if (date == null || zone == null) {
                return null;
            }
            when = ReportTime.local(date, precision == null ? TimePrecision.DAY : precision, zone);
        }
        if (when.earliest().isAfter(now.plus(1, ChronoUnit.DAYS))) {
            problems.add(present(input.instant()) ? "when.instant" : "when.date", "lies in the future");
            return null;
        }
        if (when.earliest().isBefore(Instant.parse("1900-01-01T00:00:00Z"))) {
            problems.add(present(input.instant()) ? "when.instant" : "when.date", "before 1900");
            return null;
        }
        return when;
    }

    /** The zone given; else the zone of the place; else the claiming party's capital; else UTC. */
    private ZoneId zone(String given, Located located, ReportSource source, Problems problems) {
        if (present(given)) {
            try {
                return ZoneId.of(given.trim());
            } catch (DateTimeException e) {
                problems.add("when.timeZone", "unknown time zone '" + given + "'; expected an IANA id such as Europe/Kyiv");
                return null;
            }
        }
        if (located.location != null) {
            Optional<String> near = gazetteer.zoneNear(located.location.latitude(), located.location.longitude());
            if (near.isPresent()) {
                return ZoneId.of(near.get());
            }
        }
        String party = source == null ? null : source.party();
        return ZoneId.of(party != null && PARTY_ZONES.containsKey(party) ? PARTY_ZONES.get(party) : "UTC");
    }
}
