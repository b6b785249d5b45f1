package org.truce.verification;

import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;

import org.truce.reports.Report;
import org.truce.shared.Role;
import org.truce.shared.Viewer;

/**
 * What the assessments check against other features: reports (the claims put to a party),
 * evidence files a writer may cite, party codes and the accounts a queue item may be assigned to.
 */
public record AssessmentRefs(Function<String, Optional<Report>> report, BiPredicate<Viewer, String> evidenceReadable,
                             Predicate<String> partyExists, Function<String, Optional<Role>> accountRole) {
}
