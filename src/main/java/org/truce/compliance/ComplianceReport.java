package org.truce.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.truce.verification.Finding;

/**
 * How the parties kept an agreement over a period: per party, the claims made against it, the
 * incidents, the engine's verdicts and the published grades; a daily series; the published
 * findings with their rationale; and one row per incident for the exports.
 *
 * <p>What a reader sees: the mediator and the monitors every incident; a party and the public the
 * aggregate counts (numbers only) and the published findings, and rows only for incidents with a
 * finding. Grades count only once published, for everyone.
 *
 * @param scope     {@code full} (mediator, monitors) or {@code published} (parties, public)
 * @param from      first day (inclusive), in the local time of the incident's country
 * @param to        last day (inclusive)
 */
public record ComplianceReport(String agreementId, String title, List<String> parties, LocalDate from, LocalDate to,
                               Instant generatedAt, String scope, List<PartyCompliance> perParty,
                               List<DailyCount> daily, List<Finding> findings, List<IncidentRow> incidents) {

    /**
     * One party's record over the period.
     *
     * @param claimsAgainst   claims (reports) alleging the party as perpetrator
     * @param incidents       incidents with a claim against the party
     * @param verdicts        those incidents by the engine's verdict code
     * @param publishedGrades those incidents' published findings by grade code
     */
    public record PartyCompliance(String party, int claimsAgainst, int incidents, Map<String, Integer> verdicts,
                                  Map<String, Integer> publishedGrades) {
    }

    /** One day of one party: claims against it, incidents, and potential violations among them. */
    public record DailyCount(LocalDate day, String party, int claims, int incidents, int potentialViolations) {
    }

    /**
     * One incident for the exports (CSV, HXL, ACLED, GeoJSON).
     *
     * @param day           its local day (the middle of its time interval, in its country's zone)
     * @param geoPrecision  ACLED code: 1 town or site, 2 district, 3 region or no point
     * @param timePrecision ACLED code: 1 day (or exact), 2 week, 3 month
     * @param means         the means its claims name (drone, missile…)
     * @param fatalities    the most killed any claim reports (0 when none says)
     * @param grade         the published finding's grade, or null
     */
    public record IncidentRow(String incidentId, LocalDate day, Instant earliest, Instant latest, String regionId,
                              String regionName, String country, Double latitude, Double longitude, int geoPrecision,
                              int timePrecision, List<String> accused, List<String> claimants, int claims,
                              List<String> means, String place, String target, int fatalities, String verdict,
                              String findingId, String grade, String attribution, String confidence,
                              Instant publishedAt, String rationale) {
    }
}
