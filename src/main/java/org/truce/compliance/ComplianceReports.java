package org.truce.compliance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.truce.access.AccessRules;
import org.truce.access.Action;
import org.truce.access.Facts;
import org.truce.access.Kind;
import org.truce.agreement.Agreement;
import org.truce.agreement.Agreements;
import org.truce.agreement.Terms;
import org.truce.geo.Region;
import org.truce.reports.GeoPrecision;
import org.truce.reports.Report;
import org.truce.shared.FieldProblem;
import org.truce.shared.InvalidInput;
import org.truce.shared.NotFound;
import org.truce.shared.Viewer;
import org.truce.verification.Assessments;
import org.truce.verification.Finding;
import org.truce.verification.IncidentDays;
import org.truce.verification.IncidentFacts;
import org.truce.verification.IncidentLookup;
import org.truce.verification.Verdict;

/**
 * Compliance reports (DESIGN.md): per agreement and period, how each party kept it. Built on
 * demand from the engine's incidents, the published findings and the claims behind them.
 */
public final class ComplianceReports {

    /** The longest period one report covers, so a daily series stays printable. */
    static final int MAX_DAYS = 3660;

    private final Agreements agreements;
    private final IncidentLookup incidents;
    private final Assessments assessments;
    private final Function<String, Optional<Report>> reports;
    private final Function<String, Optional<Region>> regions;
    private final Clock clock;

    public ComplianceReports(Agreements agreements, IncidentLookup incidents, Assessments assessments,
                             Function<String, Optional<Report>> reports, Function<String, Optional<Region>> regions,
                             Clock clock) {
        this.agreements = agreements;
        this.incidents = incidents;
        this.assessments = assessments;
        this.reports = reports;
        this.regions = regions;
        this.clock = clock;
    }

    /** The report with the period as the query gives it ({@code 2025-03-18}, or blank for the agreement's window). */
    public ComplianceReport reportForQuery(Viewer viewer, String agreementId, String from, String to) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate fromDay = day(from, "from", problems);
        LocalDate toDay = day(to, "to", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return report(viewer, agreementId, fromDay, toDay);
    }

    /** For the web pages: null days stand for the agreement's window (to today when open-ended). */
    public ComplianceReport report(Viewer viewer, String agreementId, LocalDate from, LocalDate to) {
        Agreement agreement = agreements.agreement(agreementId).orElseThrow(() -> new NotFound("agreement", agreementId));
        if (!AccessRules.allows(viewer, Kind.AGREEMENT, Action.READ, Agreements.facts(agreement))
                || !AccessRules.allows(viewer, Kind.COMPLIANCE, Action.READ, Facts.publicly().published(agreement.published()))) {
            throw new NotFound("agreement", agreementId);
        }
        Terms terms = agreement.latest().terms();
        ZoneId zone = zoneOf(terms.effectiveZone());
        LocalDate first = from != null ? from
                : terms.effectiveFrom() != null ? terms.effectiveFrom().atZone(zone).toLocalDate()
                : agreement.createdAt().atZone(zone).toLocalDate();
        LocalDate last = to != null ? to
                : terms.until() != null ? terms.until().minusMillis(1).atZone(zone).toLocalDate()
                : clock.instant().atZone(zone).toLocalDate();
        if (last.isBefore(first)) {
            throw InvalidInput.of("to", "the period ends (" + last + ") before it starts (" + first + ")");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw InvalidInput.of("to", "a report covers at most " + MAX_DAYS + " days; choose a shorter period");
        }
        boolean full = AccessRules.allows(viewer, Kind.INCIDENT, Action.READ, Facts.NONE);
        List<String> parties = agreement.parties();

        Map<String, Finding> findingOf = new HashMap<>();
        List<Finding> findings = new ArrayList<>();
        for (Finding finding : assessments.findings(viewer, agreementId)) {
            LocalDate day = finding.earliest() == null ? null : dayOf(finding.earliest(), finding.latest(), finding.regionId());
            if (day == null || day.isBefore(first) || day.isAfter(last)) {
                continue;
            }
            findings.add(finding);
            // the newest publication that no other publication corrects stands for the incident
            if (finding.assessment().supersededBy() == null) {
                findingOf.merge(finding.incidentId(), finding, (a, b) ->
                        a.assessment().publishedAt().isAfter(b.assessment().publishedAt()) ? a : b);
            }
        }

        Map<String, Tally> tallies = new LinkedHashMap<>();
        parties.forEach(p -> tallies.put(p, new Tally()));
        Map<LocalDate, Map<String, int[]>> daily = new TreeMap<>();
        List<ComplianceReport.IncidentRow> rows = new ArrayList<>();
        List<IncidentFacts> inPeriod = incidents.all()
                .filter(f -> f.agreementIds().contains(agreementId))
                .filter(f -> f.earliest() != null)
                .filter(f -> {
                    LocalDate day = dayOf(f.earliest(), f.latest(), f.regionId());
                    return !day.isBefore(first) && !day.isAfter(last);
                })
                .sorted(Comparator.comparing(IncidentFacts::earliest).thenComparing(IncidentFacts::id))
                .toList();
        for (IncidentFacts incident : inPeriod) {
            LocalDate day = dayOf(incident.earliest(), incident.latest(), incident.regionId());
            List<Report> claims = incident.reportIds().stream().map(reports).flatMap(Optional::stream).toList();
            Finding finding = findingOf.get(incident.id());
            for (String party : parties) {
                long against = claims.stream().filter(r -> party.equals(r.allegedPerpetrator())).count();
                if (against == 0 && !incident.accused().contains(party)) {
                    continue;
                }
                Tally tally = tallies.get(party);
                tally.claims += (int) against;
                tally.incidents++;
                tally.verdicts.merge(incident.verdict().code(), 1, Integer::sum);
                if (finding != null) {
                    tally.grades.merge(finding.assessment().grade().code(), 1, Integer::sum);
                }
                int[] counts = daily.computeIfAbsent(day, d -> new HashMap<>()).computeIfAbsent(party, p -> new int[3]);
                counts[0] += (int) against;
                counts[1]++;
                if (incident.verdict() == Verdict.POTENTIAL_VIOLATION) {
                    counts[2]++;
                }
            }
            if (full || finding != null) {
                rows.add(row(incident, day, claims, finding));
            }
        }

        List<ComplianceReport.PartyCompliance> perParty = new ArrayList<>();
        tallies.forEach((party, t) -> perParty.add(new ComplianceReport.PartyCompliance(party, t.claims, t.incidents,
                ordered(t.verdicts), ordered(t.grades))));
        List<ComplianceReport.DailyCount> series = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            Map<String, int[]> ofDay = daily.getOrDefault(day, Map.of());
            for (String party : parties) {
                int[] c = ofDay.getOrDefault(party, new int[3]);
                series.add(new ComplianceReport.DailyCount(day, party, c[0], c[1], c[2]));
            }
        }
        return new ComplianceReport(agreementId, terms.title(), List.copyOf(parties), first, last,
                clock.instant().truncatedTo(ChronoUnit.SECONDS), full ? "full" : "published", perParty, series,
                findings, rows);
    }

    private ComplianceReport.IncidentRow row(IncidentFacts incident, LocalDate day, List<Report> claims, Finding finding) {
        Optional<Region> region = Optional.ofNullable(incident.regionId()).flatMap(regions);
        String country = region.map(Region::country).orElse(incident.regionId() == null ? null
                : incident.regionId().substring(0, Math.min(2, incident.regionId().length())));
        int geo = incident.latitude() == null ? 3 : claims.stream()
                .filter(r -> r.where() != null).mapToInt(r -> geoCode(r.where().precision())).min().orElse(3);
        int time = timeCode(incident.earliest(), incident.latest(), claims);
        TreeSet<String> means = new TreeSet<>();
        claims.forEach(r -> means.add(r.means().code()));
        String place = claims.stream().map(Report::place).filter(p -> p != null && !p.isBlank()).findFirst().orElse(null);
        String target = claims.stream().map(r -> r.target() == null || r.target().category() == null ? null
                : r.target().category().code()).filter(c -> c != null).findFirst().orElse(null);
        int fatalities = claims.stream().mapToInt(r -> r.casualties() == null || r.casualties().killed() == null ? 0
                : r.casualties().killed()).max().orElse(0);
        return new ComplianceReport.IncidentRow(incident.id(), day, incident.earliest(), incident.latest(),
                incident.regionId(), region.map(Region::nameEn).orElse(null), country, incident.latitude(),
                incident.longitude(), geo, time, List.copyOf(new TreeSet<>(incident.accused())),
                List.copyOf(new TreeSet<>(incident.claimants())), claims.size(), List.copyOf(means), place, target,
                fatalities, incident.verdict().code(),
                finding == null ? null : finding.assessment().id(),
                finding == null ? null : finding.assessment().grade().code(),
                finding == null ? null : finding.assessment().attribution(),
                finding == null ? null : finding.assessment().confidence(),
                finding == null ? null : finding.assessment().publishedAt(),
                finding == null ? null : finding.assessment().rationale());
    }

    /** ACLED geo_precision: 1 the town (or the site), 2 a district or near a town, 3 a larger region. */
    static int geoCode(GeoPrecision precision) {
        if (precision == null) {
            return 3;
        }
        return switch (precision) {
            case SITE, TOWN -> 1;
            case DISTRICT -> 2;
            case REGION -> 3;
        };
    }

    /** ACLED time_precision: 1 the day is known, 2 the week, 3 the month (or vaguer). */
    static int timeCode(Instant earliest, Instant latest, List<Report> claims) {
        int best = claims.stream().mapToInt(r -> switch (r.when().precision()) {
            case EXACT, DAY -> 1;
            case WEEK -> 2;
            case MONTH -> 3;
        }).min().orElse(3);
        Duration span = Duration.between(earliest, latest == null ? earliest : latest);
        int bySpan = span.compareTo(Duration.ofHours(26)) <= 0 ? 1 : span.compareTo(Duration.ofDays(8)) <= 0 ? 2 : 3;
        return Math.max(best, bySpan);
    }

    /** The local day of an incident (see {@link IncidentDays}). */
    static LocalDate dayOf(Instant earliest, Instant latest, String regionId) {
        return IncidentDays.localDay(earliest, latest, regionId);
    }

    private static ZoneId zoneOf(String zone) {
        try {
            return zone == null ? ZoneOffset.UTC : ZoneId.of(zone);
        } catch (RuntimeException e) {
            return ZoneOffset.UTC;
        }
    }

    private static LocalDate day(String text, String field, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "not a date: expected YYYY-MM-DD such as 2025-03-18"));
            return null;
        }
    }

    private static Map<String, Integer> ordered(Map<String, Integer> counts) {
        return java.util.Collections.unmodifiableMap(new TreeMap<>(counts));
    }

    private static final class Tally {
        int claims;
        int incidents;
        final Map<String, Integer> verdicts = new TreeMap<>();
        final Map<String, Integer> grades = new TreeMap<>();
    }
}
