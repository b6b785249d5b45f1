package org.truce.verification;

import org.locationtech.jts.geom.Point;
import org.truce.agreement.SignedVersion;
import org.truce.agreement.Terms;
import org.truce.geo.GeoJson;
import org.truce.reports.Outcome;
import org.truce.shared.Category;
import org.truce.shared.Means;
import org.truce.shared.PowerPlantKind;
import org.truce.sites.Site;
import org.truce.sites.SiteHit;
import org.truce.sites.SiteIndex;
import org.truce.sites.SiteStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The engine's reading of an incident against an agreement version: pure, explained step by step
 * (time, place, target, means and outcome, verdict), each step naming the facts it used.
 *
 * <p>The verdict: the first test that fails makes the incident <b>not covered</b> (and says which);
 * otherwise a fact that is missing or undecidable at the claims' precision makes it
 * <b>undetermined</b> (and says which; no location first); otherwise it is a <b>potential
 * violation</b>, alleged against the parties the claims accuse.
 */
public final class Determinations {

    /** Compass points on the uncertainty circle tested against the scope's edge. */
    private static final int EDGE_SAMPLES = 8;

    private final SiteIndex sites;
    private final Scopes scopes;

    /** The codes of a set of categories, means or outcomes, in the set's order. */
    private static <T> List<String> codes(Set<T> values, java.util.function.Function<T, String> code) {
        String[] codes = new String[values.size()];
        int i = 0;
        for (T value : values) {
            codes[i++] = code.apply(value);
        }
        return List.of(codes);
    }

    private static boolean anyProhibited(Terms terms, Set<Means> means) {
        for (Means m : means) {
            if (terms.prohibits(m)) {
                return true;
            }
        }
        return false;
    }


    /** A version's codes, listed in every determination's facts: computed once per terms, not per incident. */
    private record TermsCodes(Terms terms, List<String> protectedCategories, List<String> prohibitedMeans) {
    }

    private volatile TermsCodes lastTermsCodes;

    private TermsCodes codesOf(Terms terms) {
        TermsCodes last = lastTermsCodes;
        if (last == null || last.terms() != terms) {
            last = new TermsCodes(terms, codes(terms.protectedCategories(), Category::code), codes(terms.prohibitedMeans(), Means::code));
            lastTermsCodes = last;
        }
        return last;
    }

    public Determinations(SiteIndex sites, Scopes scopes) {
        this.sites = sites;
        this.scopes = scopes;
    }

    /** The versions that could apply: in force at some time and binding a party the incident names (all, when it names none). */
    public static List<SignedVersion> applicable(List<SignedVersion> versions, Set<String> partiesNamed) {
        List<SignedVersion> result = new ArrayList<>();
        for (SignedVersion v : versions) {
            if (v.inForceFrom() == null) {
                continue;
            }
            if (partiesNamed.isEmpty() || bindsAny(v, partiesNamed)) {
                result.add(v);
            }
        }
        if (result.size() > 1) {
            result.sort(BY_AGREEMENT_AND_VERSION);
        }
        return result;
    }

    private static final Comparator<SignedVersion> BY_AGREEMENT_AND_VERSION =
            Comparator.comparing(SignedVersion::agreementId).thenComparingInt(SignedVersion::version);

    private static boolean bindsAny(SignedVersion version, Set<String> parties) {
        for (String party : parties) {
            if (version.binds(party)) {
                return true;
            }
        }
        return false;
    }

    /** A determination per applicable version (see {@link #applicable}). */
    public List<Determination> determineAll(List<ClaimFacts> claims,
                                            Optional<IncidentDecision.TargetClassified> classification,
                                            List<SignedVersion> versions) {
        List<Determination> result = new ArrayList<>();
        for (SignedVersion version : applicable(versions, partiesNamed(claims))) {
            result.add(determine(claims, classification, version));
        }
        return result;
    }

    /** One determination of the claims (one incident, or the part a reader may read) against one version. */
    public Determination determine(List<ClaimFacts> claims, Optional<IncidentDecision.TargetClassified> classification,
                                   SignedVersion version) {
        Terms terms = version.terms();
        List<Step> steps = new ArrayList<>(5);
        List<String> failed = new ArrayList<>();
        List<String> missing = new ArrayList<>();

        // time
        IncidentWhereAndWhen.When when = IncidentWhereAndWhen.when(claims);
        Instant from = version.inForceFrom();
        Instant until = version.inForceUntil();
        String timeOutcome;
        if (when.exact()) {
            timeOutcome = when.earliest().isBefore(from) ? "before_window"
                    : until != null && !when.earliest().isBefore(until) ? "after_window" : "inside";
        } else if (!when.latest().isAfter(from)) {
            timeOutcome = "before_window";
        } else if (until != null && !when.earliest().isBefore(until)) {
            timeOutcome = "after_window";
        } else if (!when.earliest().isBefore(from) && (until == null || !when.latest().isAfter(until))) {
            timeOutcome = "inside";
        } else {
            timeOutcome = "undecidable";
        }
        Facts time = new Facts(7);
        time.add("earliest", when.earliest());
        time.add("latest", when.latest());
        time.add("precision", when.finest().code());
        if (when.zone() != null) {
            time.add("zone", when.zone());
        }
        time.add("windowFrom", from);
        time.add("windowUntil", until);
        if (terms.effectiveZone() != null) {
            time.add("agreementZone", terms.effectiveZone());
        }
        steps.add(new Step(Step.TIME, timeOutcome, time));
        switch (timeOutcome) {
            case "before_window", "after_window" -> failed.add(timeOutcome);
            case "undecidable" -> missing.add("time_undecidable");
            default -> { }
        }

        // place
        Optional<ClaimFacts> at = IncidentWhereAndWhen.representative(claims);
        Facts place = new Facts(8);
        String placeOutcome;
        if (at.isPresent()) {
            ClaimFacts c = at.get();
            Optional<String> party = scopes.partyCovering(version, c.longitude(), c.latitude());
            placeOutcome = party.isPresent() ? "inside" : "outside";
            place.add("latitude", c.latitude());
            place.add("longitude", c.longitude());
            place.add("uncertaintyMetres", c.radiusMetres());
            place.add("precision", c.geoPrecision() == null ? null : c.geoPrecision().code());
            place.add("regionId", c.regionId());
            place.add("territoryOf", party.orElse(null));
            // only coarse claims are tested: a site or town circle rarely reaches an edge, and this costs eight point-in-polygon tests
            place.add("uncertaintyCrossesScopeEdge", c.radiusMetres() > 10_000 && crossesEdge(version, c, party.isPresent()));
        } else {
            placeOutcome = "no_location";
            Set<String> named = new TreeSet<>();
            claims.forEach(c -> named.addAll(c.regions()));
            place.add("regionsNamed", List.copyOf(named));
            place.add("regionsInScope", named.stream().filter(r -> scopes.partyNaming(version, r).isPresent()).toList());
            missing.add("no_location");
        }

        // target
        Set<Category> reported = EnumSet.noneOf(Category.class);
        Set<String> named = new TreeSet<>();
        for (ClaimFacts c : claims) {
            if (c.category() != null) {
                reported.add(c.category());
            }
            if (c.siteCategory() != null) {
                reported.add(c.siteCategory());
            }
            if (c.siteId() != null) {
                named.add(c.siteId());
            }
        }
        List<SiteHit> matched = new ArrayList<>();
        for (String id : named) {
            sites.site(id).filter(s -> s.status() != SiteStatus.WITHDRAWN).ifPresent(s -> matched.add(new SiteHit(s, 0)));
        }
        if (matched.isEmpty() && at.isPresent()) {
            for (SiteHit hit : sites.within(at.get().latitude(), at.get().longitude(), at.get().radiusMetres())) {
                if (hit.site().status() != SiteStatus.WITHDRAWN
                        && (reported.isEmpty() || reported.contains(hit.site().category()))) {
                    matched.add(hit);
                }
            }
        }
        boolean contested = matched.stream().anyMatch(h -> h.site().controlContested());
        place.add("contestedControl", contested);
        steps.add(new Step(Step.PLACE, placeOutcome, place));
        if (placeOutcome.equals("outside")) {
            failed.add("outside_scope");
        }

        Facts target = new Facts(6);
        target.add("reportedCategories", codes(reported, Category::code));
        String targetOutcome;
        if (!matched.isEmpty()) {
            List<Map<String, Object>> list = new ArrayList<>();
            int protectedCount = 0;
            for (SiteHit hit : matched) {
                boolean isProtected = terms.protects(hit.site().category(), hit.site().kind());
                protectedCount += isProtected ? 1 : 0;
                list.add(siteFacts(hit, isProtected));
            }
            target.add("sites", list);
            targetOutcome = protectedCount == matched.size() ? "protected"
                    : protectedCount == 0 ? "not_protected" : "some_protected";
        } else if (!reported.isEmpty()) {
            target.add("sites", List.of());
            int protectedCount = 0;
            boolean kindUnknown = false;
            for (Category category : reported) {
                if (category == Category.POWER_PLANT && terms.protectedCategories().contains(category)) {
                    if (terms.protectedPowerPlantKinds().isEmpty()
                            || terms.protectedPowerPlantKinds().containsAll(EnumSet.allOf(PowerPlantKind.class))) {
                        protectedCount++;
                    } else {
                        kindUnknown = true;
                    }
                } else if (terms.protects(category, null)) {
                    protectedCount++;
                }
            }
            targetOutcome = kindUnknown ? "undetermined"
                    : protectedCount == reported.size() ? "protected"
                    : protectedCount == 0 ? "not_protected" : "some_protected";
        } else if (classification.isPresent()) {
            target.add("sites", List.of());
            target.add("classifiedBy", "monitor");
            target.add("energyInfrastructure", classification.get().energyInfrastructure());
            target.add("classificationReason", classification.get().reason());
            target.add("classificationSeq", classification.get().seq());
            targetOutcome = classification.get().energyInfrastructure() ? "undetermined" : "not_energy_infrastructure";
        } else {
            target.add("sites", List.of());
            targetOutcome = "undetermined";
        }
        target.add("protectedCategories", codesOf(terms).protectedCategories());
        steps.add(new Step(Step.TARGET, targetOutcome, target));
        switch (targetOutcome) {
            case "not_protected" -> failed.add("category_not_protected");
            case "not_energy_infrastructure" -> failed.add("not_energy_infrastructure");
            case "some_protected", "undetermined" -> missing.add("target_unknown");
            default -> { }
        }

        // means and outcome
        Set<Means> means = EnumSet.noneOf(Means.class);
        Set<Outcome> outcomes = EnumSet.noneOf(Outcome.class);
        for (ClaimFacts c : claims) {
            if (c.means() != null && c.means() != Means.UNKNOWN) {
                means.add(c.means());
            }
            if (c.outcome() != null) {
                outcomes.add(c.outcome());
            }
        }
        Facts meansFacts = new Facts(4);
        meansFacts.add("means", codes(means, Means::code));
        meansFacts.add("outcomes", codes(outcomes, Outcome::code));
        meansFacts.add("prohibitedMeans", codesOf(terms).prohibitedMeans());
        meansFacts.add("repelledAttemptsCount", terms.repelledAttemptsCount());
        boolean attemptOnly = !outcomes.isEmpty() && !outcomes.contains(Outcome.HIT);
        String meansOutcome;
        if (attemptOnly && !terms.repelledAttemptsCount()) {
            meansOutcome = "repelled_not_counted";
            failed.add("repelled_not_counted");
        } else if (terms.prohibitedMeans().isEmpty()) {
            meansOutcome = "prohibited";
        } else if (means.isEmpty()) {
            meansOutcome = "means_unknown";
            missing.add("means_unknown");
        } else if (anyProhibited(terms, means)) {
            meansOutcome = "prohibited";
        } else {
            meansOutcome = "not_prohibited";
            failed.add("means_not_prohibited");
        }
        steps.add(new Step(Step.MEANS_AND_OUTCOME, meansOutcome, meansFacts));

        // verdict
        Set<String> accused = new TreeSet<>();
        claims.forEach(c -> {
            if (c.accused() != null) {
                accused.add(c.accused());
            }
        });
        Verdict verdict;
        String reason;
        if (!failed.isEmpty()) {
            verdict = Verdict.NOT_COVERED;
            reason = failed.get(0);
        } else if (!missing.isEmpty()) {
            verdict = Verdict.UNDETERMINED;
            reason = missing.contains("no_location") ? "no_location" : missing.get(0);
        } else {
            verdict = Verdict.POTENTIAL_VIOLATION;
            reason = "all_tests_passed";
        }
        Facts verdictFacts = new Facts(4);
        verdictFacts.add("failed", List.copyOf(failed));
        verdictFacts.add("missing", List.copyOf(missing));
        Set<String> against = verdict == Verdict.POTENTIAL_VIOLATION ? accused : Set.of();
        verdictFacts.add("allegedAgainst", verdict == Verdict.POTENTIAL_VIOLATION
                ? (accused.isEmpty() ? List.of("unattributed") : List.copyOf(accused)) : List.of());
        verdictFacts.add("accusedByClaims", List.copyOf(accused));
        steps.add(new Step(Step.VERDICT, verdict.code() + ": " + reason, verdictFacts));
        return new Determination(version.agreementId(), version.version(), verdict, reason, against, steps);
    }

    /** A matched site's facts, in full: {@link Blind} hides them from a party that may not see the site. */
    static Map<String, Object> siteFacts(SiteHit hit, boolean isProtected) {
        Site s = hit.site();
        Facts m = new Facts(9);
        m.add("siteId", s.id());
        m.add("name", s.name());
        m.add("owner", s.owner());
        m.add("category", s.category().code());
        m.add("kind", s.kind() == null ? null : s.kind().code());
        m.add("status", s.status().code());
        m.add("distanceMetres", Math.round(hit.distanceMetres() * 10) / 10.0);
        m.add("protectedCategory", isProtected);
        m.add("controlContested", s.controlContested());
        return m;
    }

    /** Whether the uncertainty circle reaches across the scope's edge (tested at eight compass points). */
    private boolean crossesEdge(SignedVersion version, ClaimFacts c, boolean centreInside) {
        double dLat = Math.toDegrees(c.radiusMetres() / org.truce.geo.Geodesy.EARTH_RADIUS_METRES);
        double dLon = dLat / Math.max(0.01, Math.cos(Math.toRadians(c.latitude())));
        for (int i = 0; i < EDGE_SAMPLES; i++) {
            double angle = 2 * Math.PI * i / EDGE_SAMPLES;
            Point p = GeoJson.point(c.longitude() + dLon * Math.sin(angle), c.latitude() + dLat * Math.cos(angle));
            if (scopes.partyCovering(version, p).isPresent() != centreInside) {
                return true;
            }
        }
        return false;
    }

    /** Every party an incident names: claimants that are parties, the accused, the matched sites' owners, the place's country. */
    public static Set<String> partiesNamed(List<ClaimFacts> claims) {
        Set<String> parties = new LinkedHashSet<>();
        for (ClaimFacts c : claims) {
            if (c.owner() != null) {
                parties.add(c.owner());
            }
            if (!c.claimant().equals("monitor") && !c.claimant().equals("open_source")) {
                parties.add(c.claimant());
            }
            if (c.accused() != null) {
                parties.add(c.accused());
            }
            if (c.country() != null) {
                parties.add(c.country());
            }
        }
        return parties;
    }
}
