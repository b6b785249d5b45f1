package org.truce.talks;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.truce.agreement.ConsequenceKind;
import org.truce.shared.Category;
import org.truce.shared.PowerPlantKind;

/** Checks an agenda as the mediator writes it, naming each bad field ({@code agenda[1].options[2].id}). */
final class AgendaValidation {

    static final int MAX_ISSUES = 20;
    static final int MAX_OPTIONS = 20;

    private AgendaValidation() {
    }

    static Agenda check(List<AgendaIssue> written, List<String> parties, Problems problems) {
        if (written == null || written.isEmpty()) {
            problems.add("agenda", "required: the issues on the table, each with its options");
            return new Agenda(List.of());
        }
        if (written.size() > MAX_ISSUES) {
            problems.add("agenda", "at most " + MAX_ISSUES + " issues, got " + written.size());
        }
        Set<String> issueIds = new HashSet<>();
        List<AgendaIssue> issues = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            String at = "agenda[" + i + "]";
            AgendaIssue issue = written.get(i);
            if (issue == null) {
                problems.add(at, "required");
                continue;
            }
            String id = problems.id(issue.id(), at + ".id");
            if (id != null && !issueIds.add(id)) {
                problems.add(at + ".id", "issue '" + id + "' is on the agenda twice");
            }
            problems.localized(issue.titles(), at + ".titles", Problems.MAX_SHORT);
            issues.add(new AgendaIssue(issue.id(), issue.titles(), options(issue.options(), at, parties, problems)));
        }
        Agenda agenda = new Agenda(issues);
        if (problems.isEmpty() && agenda.packageCount() > PackageAnalysis.MAX_PACKAGES) {
            problems.add("agenda", agenda.packageCount() + " packages exceed the analysis limit of "
                    + PackageAnalysis.MAX_PACKAGES + "; take options or issues off the table");
        }
        return agenda;
    }

    private static List<AgendaOption> options(List<AgendaOption> written, String at, List<String> parties, Problems problems) {
        if (written == null || written.size() < 2) {
            problems.add(at + ".options", "at least two options, one of which the parties choose");
            return written == null ? List.of() : written;
        }
        if (written.size() > MAX_OPTIONS) {
            problems.add(at + ".options", "at most " + MAX_OPTIONS + " options, got " + written.size());
        }
        Set<String> ids = new HashSet<>();
        for (int o = 0; o < written.size(); o++) {
            String field = at + ".options[" + o + "]";
            AgendaOption option = written.get(o);
            if (option == null) {
                problems.add(field, "required");
                continue;
            }
            String id = problems.id(option.id(), field + ".id");
            if (id != null && !ids.add(id)) {
                problems.add(field + ".id", "option '" + id + "' appears twice in this issue");
            }
            problems.localized(option.labels(), field + ".labels", Problems.MAX_SHORT);
            effect(option.terms(), field + ".terms", parties, problems);
        }
        return written;
    }

    private static void effect(TermsEffect effect, String at, List<String> parties, Problems problems) {
        effect.protectedCategories().forEach(code -> {
            if (Category.byCode(code).isEmpty()) {
                problems.add(at + ".protectedCategories", "'" + code + "' is not a category; known: " + Category.codes());
            }
        });
        effect.protectedPowerPlantKinds().forEach(code -> {
            if (PowerPlantKind.byCode(code).isEmpty()) {
                problems.add(at + ".protectedPowerPlantKinds", "'" + code + "' is not a kind of power plant");
            }
        });
        range(effect.durationDays(), 1, 3650, at + ".durationDays", problems);
        range(effect.startsHoursAfterAgreement(), 0, 8760, at + ".startsHoursAfterAgreement", problems);
        range(effect.notifyIncidentWithinHours(), 1, 8760, at + ".notifyIncidentWithinHours", problems);
        if (effect.startsAt() != null) {
            try {
                ZonedDateTime.parse(effect.startsAt().trim());
                if (!effect.startsAt().trim().endsWith("]")) {
                    problems.add(at + ".startsAt", "name the zone it is written in, such as 2024-09-01T00:00+03:00[Europe/Moscow]");
                }
            } catch (DateTimeParseException e) {
                problems.add(at + ".startsAt", "'" + effect.startsAt() + "' is not an instant such as 2024-09-01T00:00+03:00[Europe/Moscow]");
            }
        }
        if (effect.zone() != null) {
            zone(effect.zone(), at + ".zone", problems);
        }
        for (Map.Entry<String, List<String>> scope : effect.geographicScope().entrySet()) {
            if (!parties.contains(scope.getKey())) {
                problems.add(at + ".geographicScope." + scope.getKey(), "not a party to these talks: " + parties);
            }
            if (scope.getValue() == null || scope.getValue().isEmpty()) {
                problems.add(at + ".geographicScope." + scope.getKey(), "name at least one region, such as UA or RU-KRS");
            }
        }
        for (int c = 0; c < effect.consequences().size(); c++) {
            TermsEffect.Consequence consequence = effect.consequences().get(c);
            if (consequence == null || ConsequenceKind.byCode(consequence.kind()).isEmpty()) {
                problems.add(at + ".consequences[" + c + "].kind", "one of " + ConsequenceKind.codes());
            }
        }
    }

    static ZoneId zone(String text, String field, Problems problems) {
        try {
            ZoneId zone = ZoneId.of(text.trim());
            if (zone instanceof java.time.ZoneOffset) {
                problems.add(field, "'" + text + "' is an offset; name an IANA zone such as Asia/Qatar");
                return null;
            }
            return zone;
        } catch (DateTimeException e) {
            problems.add(field, "'" + text + "' is not an IANA zone such as Asia/Qatar or Europe/Kyiv");
            return null;
        }
    }

    private static void range(Integer value, int min, int max, String field, Problems problems) {
        if (value != null && (value < min || value > max)) {
            problems.add(field, "must be between " + min + " and " + max + ", got " + value);
        }
    }
}
