package org.truce.talks.config;

import java.util.List;
import java.util.Map;

import org.truce.talks.AgendaIssue;
import org.truce.talks.AgendaOption;
import org.truce.talks.TermsEffect;

/**
 * The demo's agenda: the issues of an energy moratorium as discussed through Qatar in summer 2024
 * (the issues and options of {@link org.truce.talks.EnergyMoratoriumExample}, in three languages,
 * each option with what it writes into the agreement terms). The geographic options are
 * approximated by the shipped regions: "territory each party controls" gives the Russian side the
 * Ukrainian regions it occupies in whole or in part.
 */
final class DohaAgenda {

    static final List<String> OCCUPIED = List.of("UA-14", "UA-09", "UA-23", "UA-65", "UA-43", "UA-40");

    private DohaAgenda() {
    }

    static List<AgendaIssue> issues() {
        return List.of(
                issue("scope", t("Protected categories", "Захищені категорії", "Защищённые категории"),
                        option("power_generation", t("Power plants (thermal, nuclear, hydro, CHP)",
                                "Електростанції (теплові, атомні, гідро-, ТЕЦ)", "Электростанции (тепловые, атомные, гидро-, ТЭЦ)"),
                                TermsEffect.categories(List.of("power_plant"), List.of("thermal", "nuclear", "hydro", "chp"))),
                        option("power_grid", t("Power plants, substations, transmission lines, control centres",
                                "Електростанції, підстанції, лінії електропередачі, диспетчерські центри",
                                "Электростанции, подстанции, линии электропередачи, диспетчерские центры"),
                                TermsEffect.categories(List.of("power_plant", "substation", "transmission_line", "control_centre"), null)),
                        option("power_and_gas", t("Electricity and gas infrastructure", "Електроенергетична і газова інфраструктура",
                                "Электроэнергетическая и газовая инфраструктура"),
                                TermsEffect.categories(List.of("power_plant", "substation", "transmission_line", "control_centre",
                                        "gas_production", "gas_processing", "gas_compressor", "gas_storage", "gas_pipeline",
                                        "gas_metering"), null)),
                        option("all_energy", t("All energy infrastructure, incl. oil refineries, depots and pipelines",
                                "Уся енергетична інфраструктура, зокрема нафтопереробні заводи, нафтобази і трубопроводи",
                                "Вся энергетическая инфраструктура, включая НПЗ, нефтебазы и трубопроводы"),
                                TermsEffect.categories(List.of("power_plant", "substation", "transmission_line", "control_centre",
                                        "gas_production", "gas_processing", "gas_compressor", "gas_storage", "gas_pipeline",
                                        "gas_metering", "oil_production", "oil_refinery", "oil_pipeline", "oil_pumping", "oil_depot",
                                        "heating_plant"), null))),
                issue("duration", t("Duration", "Тривалість", "Срок"),
                        option("d30", t("30 days", "30 днів", "30 дней"), TermsEffect.days(30)),
                        option("d60", t("60 days", "60 днів", "60 дней"), TermsEffect.days(60)),
                        option("d90", t("90 days", "90 днів", "90 дней"), TermsEffect.days(90))),
                issue("start", t("Start", "Початок", "Начало"),
                        option("on_acceptance", t("As soon as both delegations accept the text",
                                "Щойно обидві делегації приймуть текст", "Как только обе делегации примут текст"),
                                TermsEffect.startsAfter(0, "Europe/Kyiv")),
                        option("h72", t("72 hours after both delegations accept the text",
                                "Через 72 години після того, як обидві делегації приймуть текст",
                                "Через 72 часа после того, как обе делегации примут текст"),
                                TermsEffect.startsAfter(72, "Europe/Kyiv")),
                        option("fixed", t("1 September 2024, 00:00 Kyiv and Moscow time (UTC+3)",
                                "1 вересня 2024 року, 00:00 за київським і московським часом (UTC+3)",
                                "1 сентября 2024 года, 00:00 по киевскому и московскому времени (UTC+3)"),
                                TermsEffect.startsAt("2024-09-01T00:00+03:00[Europe/Moscow]"))),
                issue("geography", t("Geographic scope", "Географічна сфера", "Географический охват"),
                        option("controlled_territory", t("All territory each party controls, incl. occupied territory",
                                "Уся територія, яку контролює кожна сторона, зокрема окупована",
                                "Вся территория, которую контролирует каждая сторона, включая оккупированную"),
                                TermsEffect.scope(Map.of("UA", List.of("UA"), "RU", withOccupied()), null)),
                        option("recognised_borders", t("Internationally recognised territory only",
                                "Лише міжнародно визнана територія", "Только международно признанная территория"),
                                TermsEffect.scope(Map.of("UA", List.of("UA"), "RU", List.of("RU")), null)),
                        option("frontline_excluded", t("Everywhere except a 30 km frontline zone",
                                "Усюди, крім 30-кілометрової прифронтової зони", "Везде, кроме 30-километровой прифронтовой зоны"),
                                TermsEffect.scope(Map.of("UA", List.of("UA"), "RU", List.of("RU")),
                                        List.of("A zone of 30 km on each side of the line of contact.")))),
                issue("monitoring", t("Monitoring", "Моніторинг", "Мониторинг"),
                        option("self_reporting", t("Each party reports to the mediator", "Кожна сторона звітує посередникові",
                                "Каждая сторона отчитывается перед посредником"),
                                TermsEffect.obligation("Each party reports incidents affecting protected infrastructure to the mediator.")),
                        option("mediator_desk", t("Mediator’s verification desk with open-source monitoring",
                                "Верифікаційний центр посередника з моніторингом відкритих джерел",
                                "Верификационный центр посредника с мониторингом открытых источников"),
                                TermsEffect.obligation("Each party answers the questions of the mediator’s verification desk, which "
                                        + "monitors open sources.")),
                        option("on_site", t("On-site international monitors", "Міжнародні спостерігачі на місцях",
                                "Международные наблюдатели на местах"),
                                TermsEffect.obligation("Each party admits international monitors to a protected site at the "
                                        + "mediator’s request."))),
                issue("notification", t("Incident notification window", "Строк повідомлення про інцидент",
                                "Срок уведомления об инциденте"),
                        option("h24", t("24 hours", "24 години", "24 часа"), TermsEffect.notifyWithin(24)),
                        option("h72", t("72 hours", "72 години", "72 часа"), TermsEffect.notifyWithin(72)),
                        option("d7", t("7 days", "7 днів", "7 дней"), TermsEffect.notifyWithin(168))),
                issue("violation", t("What a violation triggers", "Що спричиняє порушення", "Что влечёт нарушение"),
                        option("consultation", t("Consultation through the mediator", "Консультації через посередника",
                                "Консультации через посредника"),
                                TermsEffect.consequence("consultations", "Consultations through the mediator; the moratorium stays in force.")),
                        option("suspension", t("Suspension of the moratorium until consultations",
                                "Призупинення мораторію до консультацій", "Приостановление моратория до консультаций"),
                                TermsEffect.consequence("suspends_agreement", "The moratorium is suspended until consultations through the mediator.")),
                        option("termination", t("The other party is released from the moratorium",
                                "Інша сторона звільняється від мораторію", "Другая сторона освобождается от моратория"),
                                TermsEffect.consequence("releases_other_party", "A violation by one party releases the other."))));
    }

    private static List<String> withOccupied() {
        List<String> regions = new java.util.ArrayList<>(List.of("RU"));
        regions.addAll(OCCUPIED);
        return regions;
    }

    static Map<String, String> t(String en, String uk, String ru) {
        return Map.of("en", en, "uk", uk, "ru", ru);
    }

    private static AgendaIssue issue(String id, Map<String, String> titles, AgendaOption... options) {
        return new AgendaIssue(id, titles, List.of(options));
    }

    private static AgendaOption option(String id, Map<String, String> labels, TermsEffect terms) {
        return new AgendaOption(id, labels, terms);
    }
}
