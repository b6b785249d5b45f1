package org.truce.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.truce.geo.Regions;
import org.truce.shared.Category;
import org.truce.shared.FieldProblem;
import org.truce.shared.Role;
import org.truce.shared.Viewer;

/** Validation names every wrong field; a site named by id lends its category and location. */
class ReportValidatorTest {

    private static final Regions REGIONS = Regions.shipped();
    private static final Instant NOW = Instant.parse("2025-05-01T00:00:00Z");
    private static final Viewer UA = new Viewer("acc_ua", "ua", Role.PARTY, "UA");
    private static final Viewer MONITOR = new Viewer("acc_m", "monitor", Role.MONITOR, null);
    private static final SiteFacts SITE = new SiteFacts("site_kremenchuk", Category.OIL_REFINERY, 49.07, 33.42, "UA");
    private static final ReportValidator VALIDATOR = new ReportValidator(GazetteerTest.GAZETTEER, REGIONS,
            (id, viewer) -> id.equals(SITE.siteId()) && viewer.isParty("UA") ? Optional.of(SITE) : Optional.empty());

    private static NewReport report(NewReport.Where where, NewReport.TargetInput target) {
        return new NewReport(new NewReport.When(null, "2025-03-25", null, null), where, target, "drone", "hit", "RU",
                null, null, new NewReport.SourceInput(null, null, "Oblast administration", null, null), List.of(),
                null, null);
    }

    private static List<String> fields(NewReport report, Viewer submitter) {
        Problems problems = Problems.forRequest();
        VALIDATOR.validate(report, submitter, NOW, problems);
        return problems.list().stream().map(FieldProblem::field).toList();
    }

    @Test
    void aSiteIdLendsItsCategoryAndLocation() {
        Problems problems = Problems.forRequest();
        Claim claim = VALIDATOR.validate(report(null, new NewReport.TargetInput("site_kremenchuk", null, null)), UA,
                NOW, problems);
        assertThat(problems.list()).isEmpty();
        assertThat(claim.target().category()).isEqualTo(Category.OIL_REFINERY);
        assertThat(claim.where().precision()).isEqualTo(GeoPrecision.SITE);
        assertThat(claim.where().regionId()).isEqualTo("UA-53");
        assertThat(claim.when().zone()).isEqualTo("Europe/Kyiv");
        assertThat(claim.source().kind()).isEqualTo(SourceKind.PARTY);
        assertThat(claim.source().party()).isEqualTo("UA");
    }

    @Test
    void aSiteTheSubmitterMayNotSeeIsUnknown() {
        assertThat(fields(report(null, new NewReport.TargetInput("site_kremenchuk", null, null)), MONITOR))
                .contains("target.siteId");
        assertThat(fields(report(null, new NewReport.TargetInput("site_kremenchuk", "gas_storage", null)), UA))
                .contains("target.category");
    }

    @Test
    void everyWrongFieldIsNamedAtOnce() {
        NewReport bad = new NewReport(new NewReport.When("yesterday", null, null, null),
                new NewReport.Where(91.0, 200.0, null, "street", null, null),
                new NewReport.TargetInput(null, "windmill", null), "catapult", "won", "Ukraine", null,
                new NewReport.CasualtiesInput(-1, null), new NewReport.SourceInput("rumour", null, null, null, null),
                List.of("xyz"), "report-1", null);
        assertThat(fields(bad, UA)).containsExactlyInAnyOrder("source.kind", "target.category", "where.precision",
                "where.latitude", "where.longitude", "when.instant", "means", "outcome", "allegedPerpetrator",
                "casualties.killed", "evidence[0]", "supersedes");
    }

    @RepeatedTest(20)
    void coordinatesInRangeAreAcceptedAndOutOfRangeNamed(RepetitionInfo repetition) {
        long seed = 1000L + repetition.getCurrentRepetition();
        Random random = new Random(seed);
        double latitude = -120 + random.nextDouble() * 240;
        double longitude = -250 + random.nextDouble() * 500;
        List<String> problems = fields(report(new NewReport.Where(latitude, longitude, null, "town", null, null),
                new NewReport.TargetInput(null, "substation", null)), UA);
        assertThat(problems.contains("where.latitude")).as("seed " + seed + ": " + latitude).isEqualTo(Math.abs(latitude) > 90);
        assertThat(problems.contains("where.longitude")).as("seed " + seed + ": " + longitude)
                .isEqualTo(Math.abs(longitude) > 180);
    }

    @Test
    void aMonitorMayNotSubmitAsAPartyWithoutNamingItAndAPartyNotAsTheMonitor() {
        NewReport asMonitor = new NewReport(new NewReport.When(null, "2025-03-25", null, null),
                new NewReport.Where(null, null, null, null, "Sumy", null), new NewReport.TargetInput(null, null, "x"),
                null, "hit", null, null, null, new NewReport.SourceInput("monitor", null, null, null, null), null, null,
                null);
        assertThat(fields(asMonitor, UA)).containsExactly("source.kind");
        assertThat(fields(asMonitor, MONITOR)).isEmpty();
        NewReport party = new NewReport(asMonitor.when(), asMonitor.where(), asMonitor.target(), null, "hit", null, null,
                null, new NewReport.SourceInput("party", null, null, null, null), null, null, null);
        assertThat(fields(party, MONITOR)).containsExactly("source.party");
        assertThat(Map.of("ok", fields(party, UA))).containsEntry("ok", List.of());
    }
}
