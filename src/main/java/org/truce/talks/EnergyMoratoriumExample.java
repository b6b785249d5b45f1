package org.truce.talks;

import java.util.Map;
import java.util.Set;

/**
 * A worked example for demonstrations and tests: the issues of a moratorium on strikes against
 * energy infrastructure (as discussed in Doha in summer 2024), and two <em>hypothetical</em>
 * preference profiles labelled {@code UA} and {@code RU}. The weights, ratings, reservation values
 * and red lines are invented to exercise the analysis; they are not the parties' actual positions.
 */
public final class EnergyMoratoriumExample {

    private EnergyMoratoriumExample() {
    }

    /** Seven issues, 4 &times; 3<sup>6</sup> = 2,916 packages. */
    public static NegotiationAgenda agenda() {
        return NegotiationAgenda.of(
                NegotiationIssue.of("scope", "Protected categories",
                        new IssueOption("power_generation", "Power plants (thermal, nuclear, hydro, CHP)"),
                        new IssueOption("power_grid", "Power plants, substations, transmission lines, control centres"),
                        new IssueOption("power_and_gas", "Electricity and gas infrastructure"),
                        new IssueOption("all_energy", "All energy infrastructure, incl. oil refineries, depots and pipelines")),
                NegotiationIssue.of("duration", "Duration",
                        new IssueOption("d30", "30 days"),
                        new IssueOption("d60", "60 days"),
                        new IssueOption("d90", "90 days")),
                NegotiationIssue.of("start", "Start",
                        new IssueOption("on_signature", "On signature"),
                        new IssueOption("h72", "72 hours after signature"),
                        new IssueOption("fixed", "At a fixed instant (UTC) set by the mediator")),
                NegotiationIssue.of("geography", "Geographic scope",
                        new IssueOption("controlled_territory", "All territory each party controls, incl. occupied territory"),
                        new IssueOption("recognised_borders", "Internationally recognised territory only"),
                        new IssueOption("frontline_excluded", "Everywhere except a 30 km frontline zone")),
                NegotiationIssue.of("monitoring", "Monitoring",
                        new IssueOption("self_reporting", "Each party reports to the mediator"),
                        new IssueOption("mediator_desk", "Mediator's verification desk with open-source monitoring"),
                        new IssueOption("on_site", "On-site international monitors")),
                NegotiationIssue.of("notification", "Incident notification window",
                        new IssueOption("h24", "24 hours"),
                        new IssueOption("h72", "72 hours"),
                        new IssueOption("d7", "7 days")),
                NegotiationIssue.of("violation", "What a violation triggers",
                        new IssueOption("consultation", "Consultation through the mediator"),
                        new IssueOption("suspension", "Suspension of the affected clause"),
                        new IssueOption("termination", "Right to terminate the moratorium")));
    }

    /** Hypothetical profile labelled UA (invented for the example). */
    public static PreferenceProfile firstProfile() {
        return new PreferenceProfile("UA", agenda(),
                Map.of("scope", 25, "duration", 10, "start", 10, "geography", 20, "monitoring", 15,
                        "notification", 5, "violation", 15),
                Map.of("scope", Map.of("power_generation", 30, "power_grid", 100, "power_and_gas", 90, "all_energy", 60),
                        "duration", Map.of("d30", 40, "d60", 70, "d90", 100),
                        "start", Map.of("on_signature", 100, "h72", 80, "fixed", 60),
                        "geography", Map.of("controlled_territory", 20, "recognised_borders", 100, "frontline_excluded", 60),
                        "monitoring", Map.of("self_reporting", 0, "mediator_desk", 60, "on_site", 100),
                        "notification", Map.of("h24", 100, "h72", 70, "d7", 20),
                        "violation", Map.of("consultation", 40, "suspension", 100, "termination", 70)),
                45,
                Map.of("geography", Set.of("controlled_territory")));
    }

    /** Hypothetical profile labelled RU (invented for the example). */
    public static PreferenceProfile secondProfile() {
        return new PreferenceProfile("RU", agenda(),
                Map.of("scope", 30, "duration", 10, "start", 5, "geography", 25, "monitoring", 10,
                        "notification", 5, "violation", 15),
                Map.of("scope", Map.of("power_generation", 40, "power_grid", 50, "power_and_gas", 70, "all_energy", 100),
                        "duration", Map.of("d30", 100, "d60", 70, "d90", 40),
                        "start", Map.of("on_signature", 70, "h72", 100, "fixed", 80),
                        "geography", Map.of("controlled_territory", 100, "recognised_borders", 0, "frontline_excluded", 70),
                        "monitoring", Map.of("self_reporting", 100, "mediator_desk", 70, "on_site", 20),
                        "notification", Map.of("h24", 40, "h72", 100, "d7", 80),
                        "violation", Map.of("consultation", 100, "suspension", 60, "termination", 30)),
                40,
                Map.of("geography", Set.of("recognised_borders")));
    }
}
