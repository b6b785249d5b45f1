package org.truce.verification;

import java.util.List;
import java.util.Set;

/**
 * The engine's reading of one incident against one agreement version: one {@link Step} per test,
 * then the verdict. Derived: recomputed from the incident's claims, the sites and the terms, never
 * stored.
 *
 * @param agreementId    {@code agr_…}
 * @param version        the version read
 * @param verdict        potential violation, not covered or undetermined
 * @param reason         why, as a code: for not covered the failed test ({@code after_window},
 *                       {@code not_energy_infrastructure}, {@code outside_scope}…), for undetermined the
 *                       missing fact ({@code no_location}, {@code time_undecidable}…), for a potential
 *                       violation {@code all_tests_passed}
 * @param allegedAgainst for a potential violation, the parties the claims accuse; otherwise empty
 * @param steps          time, place, target, means_and_outcome, verdict
 */
public record Determination(String agreementId, int version, Verdict verdict, String reason,
                            Set<String> allegedAgainst, List<Step> steps) {

    public Determination {
        allegedAgainst = Set.copyOf(allegedAgainst);
        steps = List.copyOf(steps);
    }
}
