package org.truce.talks;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.truce.agreement.TermsInput;
import org.truce.agreement.TermsInput.ClauseInput;
import org.truce.agreement.TermsInput.ConsequenceInput;
import org.truce.agreement.TermsInput.ExclusionInput;
import org.truce.agreement.TermsInput.ObligationInput;
import org.truce.agreement.TermsInput.RestatementInput;
import org.truce.agreement.TermsInput.ScopeInput;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a version of the single negotiating text settles, and the agreement terms it becomes once
 * both parties say yes: each issue's agreed option writes its {@link TermsEffect} (categories, the
 * start and the duration, the geography, notification and monitoring obligations, what a
 * violation entails), and each clause becomes a clause of the terms in its languages; a clause
 * bound to an option restates that option's term, so the agreement's vagueness check holds the
 * words to the terms.
 */
public final class AgreedTerms {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mmXXX");

    private AgreedTerms() {
    }

    /**
     * What a version settles.
     *
     * @param choices   issue id to the one option its clauses bind, for every issue so bound
     * @param open      issues no clause binds
     * @param ambiguous issues whose clauses bind different options
     * @param contested clause ids still contested
     */
    public record Settlement(Map<String, String> choices, List<String> open, List<String> ambiguous, List<String> contested) {

        /** Whether the whole text can be answered yes or no: every issue settled, nothing contested. */
        public boolean complete() {
            return open.isEmpty() && ambiguous.isEmpty() && contested.isEmpty();
        }
    }

    public static Settlement settlement(Agenda agenda, List<TextClause> clauses) {
        Map<String, Set<String>> bound = new LinkedHashMap<>();
        List<String> contested = new ArrayList<>();
        for (TextClause clause : clauses) {
            if (clause.issue() != null) {
                bound.computeIfAbsent(clause.issue(), i -> new LinkedHashSet<>()).add(clause.option());
            }
            if (clause.status() == ClauseStatus.CONTESTED) {
                contested.add(clause.id());
            }
        }
        Map<String, String> choices = new LinkedHashMap<>();
        List<String> open = new ArrayList<>();
        List<String> ambiguous = new ArrayList<>();
        for (AgendaIssue issue : agenda.issues()) {
            Set<String> options = bound.get(issue.id());
            if (options == null) {
                open.add(issue.id());
            } else if (options.size() > 1) {
                ambiguous.add(issue.id());
            } else {
                choices.put(issue.id(), options.iterator().next());
            }
        }
        return new Settlement(choices, open, ambiguous, contested);
    }

    /**
     * The terms of the agreed package.
     *
     * @param agreedAt when both parties said yes (a start counted from the agreement counts from here)
     */
    public static TermsInput terms(TalksProcess talks, List<TextClause> clauses, Map<String, String> choices,
                                   Instant agreedAt) {
        List<TermsEffect> effects = new ArrayList<>();
        for (AgendaIssue issue : talks.agenda().issues()) {
            String option = choices.get(issue.id());
            issue.option(option).ifPresent(o -> effects.add(o.terms()));
        }
        ZonedDateTime start = start(effects, ZoneId.of(talks.zone()), agreedAt);
        Integer days = effects.stream().map(TermsEffect::durationDays).filter(d -> d != null).reduce((a, b) -> b).orElse(null);
        Set<String> categories = new LinkedHashSet<>();
        Set<String> kinds = new LinkedHashSet<>();
        Map<String, List<String>> scope = new TreeMap<>();
        List<ExclusionInput> exclusions = new ArrayList<>();
        List<ObligationInput> obligations = new ArrayList<>();
        List<ConsequenceInput> consequences = new ArrayList<>();
        for (TermsEffect e : effects) {
            categories.addAll(e.protectedCategories());
            kinds.addAll(e.protectedPowerPlantKinds());
            scope.putAll(e.geographicScope());
            e.exclusions().forEach(text -> exclusions.add(new ExclusionInput(text, List.of(), List.of())));
            if (e.notifyIncidentWithinHours() != null) {
                obligations.add(new ObligationInput("notify_incident", e.notifyIncidentWithinHours(), null));
            }
            e.obligations().forEach(text -> obligations.add(new ObligationInput("other", null, text)));
            e.consequences().forEach(c -> consequences.add(new ConsequenceInput(c.kind(), c.text())));
        }
        Map<String, ScopeInput> geography = new LinkedHashMap<>();
        scope.forEach((party, regions) -> geography.put(party, new ScopeInput(regions, List.of())));
        List<ClauseInput> termsClauses = new ArrayList<>();
        for (TextClause clause : clauses) {
            TermsEffect effect = clause.issue() == null ? TermsEffect.NONE
                    : talks.agenda().issue(clause.issue()).flatMap(i -> i.option(clause.option())).map(AgendaOption::terms)
                            .orElse(TermsEffect.NONE);
            termsClauses.add(new ClauseInput(clause.id(), clause.texts(), restatement(effect)));
        }
        return new TermsInput(talks.title(), talks.parties(), talks.mediator(),
                written(start), start.getZone().getId(),
                days == null ? null : written(start.plusDays(days)), null, "by_mutual_agreement",
                List.copyOf(categories), List.copyOf(kinds), geography, List.of(), false, false, obligations, exclusions,
                consequences, List.of("Signature of this version by every party."), termsClauses);
    }

    /** A fixed start as written; a start counted from the agreement, on the next whole minute in its zone. */
    private static ZonedDateTime start(List<TermsEffect> effects, ZoneId talksZone, Instant agreedAt) {
        for (TermsEffect e : effects) {
            if (e.startsAt() != null) {
                return ZonedDateTime.parse(e.startsAt().trim());
            }
            if (e.startsHoursAfterAgreement() != null) {
                ZoneId zone = e.zone() == null ? talksZone : ZoneId.of(e.zone());
                Instant at = agreedAt.plus(e.startsHoursAfterAgreement(), ChronoUnit.HOURS);
                Instant minute = at.truncatedTo(ChronoUnit.MINUTES);
                return (minute.equals(at) ? minute : minute.plus(1, ChronoUnit.MINUTES)).atZone(zone);
            }
        }
        Instant minute = agreedAt.truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES);
        return minute.atZone(talksZone);
    }

    private static String written(ZonedDateTime at) {
        return at.format(WRITTEN) + "[" + at.getZone().getId() + "]";
    }

    /** The structured term a clause bound to this option restates, or null. */
    private static RestatementInput restatement(TermsEffect effect) {
        if (effect.durationDays() != null) {
            return new RestatementInput("duration", NODES.stringNode("P" + effect.durationDays() + "D"));
        }
        if (!effect.protectedCategories().isEmpty()) {
            return new RestatementInput("protectedCategories", array(effect.protectedCategories()));
        }
        if (!effect.geographicScope().isEmpty()) {
            ObjectNode scope = NODES.objectNode();
            new TreeMap<>(effect.geographicScope()).forEach((party, regions) -> scope.set(party, array(regions)));
            return new RestatementInput("geographicScope", scope);
        }
        if (effect.notifyIncidentWithinHours() != null) {
            return new RestatementInput("notifyIncidentWithinHours", NODES.numberNode(effect.notifyIncidentWithinHours()));
        }
        if (!effect.consequences().isEmpty()) {
            return new RestatementInput("consequences",
                    array(effect.consequences().stream().map(TermsEffect.Consequence::kind).toList()));
        }
        return null;
    }

    private static JsonNode array(List<String> values) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(array::add);
        return array;
    }
}
