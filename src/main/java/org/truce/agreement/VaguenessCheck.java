package org.truce.agreement;

import java.util.ArrayList;
import java.util.List;

/**
 * What must be settled before a party may sign: an effective instant with its zone, an end or a
 * review date, at least one protected category, a geography for every party, and no clause that
 * contradicts the structured term it restates. A pure function of the terms; an empty list means
 * the version may be signed.
 */
public final class VaguenessCheck {

    private VaguenessCheck() {
    }

    public static List<Finding> check(Terms terms) {
        List<Finding> findings = new ArrayList<>();
        if (terms.effectiveFrom() == null) {
            findings.add(new Finding("terms.effectiveFrom", "no_effective_instant",
                    "no effective instant: say when it takes effect, with the offset it was written in"));
        }
        if (terms.effectiveZone() == null) {
            findings.add(new Finding("terms.effectiveZone", "no_zone",
                    "no time zone: name the zone the effective instant was written in, such as Europe/Moscow"));
        }
        if (terms.until() == null && terms.reviewDate() == null) {
            findings.add(new Finding("terms.until", "no_end",
                    "neither an end nor a review date: give until (an instant) or reviewDate"));
        }
        if (terms.protectedCategories().isEmpty()) {
            findings.add(new Finding("terms.protectedCategories", "no_category",
                    "no protected category: name what is protected, such as oil_refinery or substation"));
        }
        if (terms.geographicScope().values().stream().allMatch(GeographicScope::specifiesNothing)) {
            findings.add(new Finding("terms.geographicScope", "no_geography",
                    "no geography: give each party's protected territory as region ids or polygons"));
        } else {
            for (String party : terms.parties()) {
                GeographicScope scope = terms.geographicScope().get(party);
                if (scope == null || scope.specifiesNothing()) {
                    findings.add(new Finding("terms.geographicScope." + party, "no_geography",
                            "no geography for " + party + ": say where its infrastructure is protected"));
                }
            }
        }
        for (int i = 0; i < terms.clauses().size(); i++) {
            Restatement restates = terms.clauses().get(i).restates();
            if (restates == null || restates.term() == null) {
                continue;
            }
            RestatedTerm term = RestatedTerm.byCode(restates.term()).orElse(null);
            String field = "terms.clauses[" + i + "].restates";
            if (term == null || restates.value() == null || term.malformed(restates.value()) != null) {
                findings.add(new Finding(field, "clause_unreadable",
                        "clause '" + terms.clauses().get(i).id() + "' restates " + restates.term() + " in a form that cannot be checked"));
                continue;
            }
            String contradiction = term.contradiction(terms, restates.value());
            if (contradiction != null) {
                findings.add(new Finding(field, "clause_contradicts_terms", "clause '" + terms.clauses().get(i).id()
                        + "' says " + restates.term() + " is " + restates.value() + ", but " + contradiction));
            }
        }
        return List.copyOf(findings);
    }
}
