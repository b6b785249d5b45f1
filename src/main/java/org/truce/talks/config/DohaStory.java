package org.truce.talks.config;

import static org.truce.talks.config.DohaAgenda.t;

import java.util.List;
import java.util.Map;

import org.truce.talks.ClauseStatus;
import org.truce.talks.Delegation;
import org.truce.talks.TalksInputs.EventInput;
import org.truce.talks.TalksInputs.RoundInput;
import org.truce.talks.TextClause;

/**
 * The Doha 2024 talks as the sources tell them, with their uncertainty said plainly: consultations
 * through Qatar from about June 2024; a meeting planned in Doha in August, the delegations each
 * with the mediator; the cross-border offensive into Kursk region of 6 August 2024, of which the
 * mediator had not been told, called an escalation by Moscow; the talks suspended; a video call
 * announced by Kyiv for 22 August. The delegations' members, the messages and the text are
 * illustrative: the real ones are not public.
 */
final class DohaStory {

    static final String TITLE = "Moratorium on strikes against energy infrastructure (Doha, 2024)";
    static final String MEDIATOR = "State of Qatar";
    static final String VENUE = "Doha";
    static final String ZONE = "Asia/Qatar";
    static final String WAPO = "The Washington Post, 17 August 2024";

    private DohaStory() {
    }

    static Map<String, String> about() {
        return t("Proximity talks through Qatar on a moratorium on strikes against energy infrastructure in Ukraine and "
                        + "Russia, derailed in August 2024. The timeline follows public reporting; the delegations’ members, "
                        + "the messages, the text and the positions are illustrative, not the parties’ real ones.",
                "Непрямі переговори через Катар про мораторій на удари по енергетичній інфраструктурі в Україні та Росії, "
                        + "зірвані в серпні 2024 року. Хронологія спирається на публічні повідомлення; склад делегацій, "
                        + "повідомлення, текст і позиції — ілюстративні, а не справжні позиції сторін.",
                "Непрямые переговоры через Катар о моратории на удары по энергетической инфраструктуре в Украине и "
                        + "России, сорванные в августе 2024 года. Хронология опирается на публичные сообщения; состав "
                        + "делегаций, сообщения, текст и позиции — иллюстративные, а не настоящие позиции сторон.");
    }

    static List<Delegation.Member> delegation(String party) {
        String who = party.equals("UA") ? "Ukrainian" : "Russian";
        return List.of(new Delegation.Member("Head of the " + who + " delegation (name not public)", "head of delegation"),
                new Delegation.Member("Energy expert (illustrative)", "energy infrastructure"),
                new Delegation.Member("Legal adviser (illustrative)", "international law"));
    }

    static List<RoundInput> rounds() {
        return List.of(
                new RoundInput(t("Shuttle consultations", "Човникові консультації", "Челночные консультации"),
                        "shuttle", "Doha, Kyiv, Moscow", "2024-06", "about_month"),
                new RoundInput(t("Doha summit", "Саміт у Досі", "Саммит в Дохе"), "proximity", VENUE, "2024-08", null),
                new RoundInput(t("Video call", "Відеозв’язок", "Видеосвязь"), "video", null, "2024-08-22", null));
    }

    static List<EventInput> events() {
        return List.of(
                new EventInput("held", "2024-06", "about_month", 1,
                        t("Qatar begins shuttling between Kyiv and Moscow on a moratorium on strikes against energy "
                                        + "infrastructure; reports speak of about two months of talks before August.",
                                "Катар починає човникові контакти між Києвом і Москвою щодо мораторію на удари по "
                                        + "енергетичній інфраструктурі; повідомлення говорять про близько двох місяців переговорів до серпня.",
                                "Катар начинает челночные контакты между Киевом и Москвой о моратории на удары по "
                                        + "энергетической инфраструктуре; сообщения говорят примерно о двух месяцах переговоров до августа."),
                        null, WAPO + " (the start is approximate)"),
                new EventInput("scheduled", "2024-08", null, 2,
                        t("The delegations are to meet in Doha, each with the Qatari mediator rather than face to face; "
                                        + "the talks are to stay secret.",
                                "Делегації мають зустрітися в Досі, кожна з катарським посередником, а не віч-на-віч; "
                                        + "переговори мають лишатися таємними.",
                                "Делегации должны встретиться в Дохе, каждая с катарским посредником, а не лицом к лицу; "
                                        + "переговоры должны оставаться тайными."),
                        null, WAPO),
                new EventInput("suspended", "2024-08-06", null, 2,
                        t("Moscow’s side calls the offensive an escalation and the Doha meeting is put off. The day the "
                                        + "talks were suspended is not public: the entry is dated by its cause.",
                                "Московська сторона називає наступ ескалацією, і зустріч у Досі відкладають. День "
                                        + "призупинення переговорів не оприлюднено: запис датовано за його причиною.",
                                "Московская сторона называет наступление эскалацией, и встречу в Дохе откладывают. День "
                                        + "приостановки переговоров не обнародован: запись датирована по её причине."),
                        t("escalation: cross-border offensive into Kursk region, 6 Aug 2024, not notified to the mediator",
                                "ескалація: транскордонний наступ у Курську область 6 серпня 2024 року, про який посередника не повідомили",
                                "эскалация: трансграничное наступление в Курскую область 6 августа 2024 года, о котором посредника не уведомили"),
                        WAPO + "; Kyiv’s presidential office gave the situation in the Middle East as the reason for the postponement"),
                new EventInput("scheduled", "2024-08-22", null, 3,
                        t("Kyiv’s presidential office says the summit will take place by video call on 22 August. Whether "
                                        + "and in what form it took place is not public.",
                                "Офіс президента України заявляє, що саміт відбудеться у форматі відеозв’язку 22 серпня. "
                                        + "Чи відбувся він і в якій формі, не оприлюднено.",
                                "Офис президента Украины заявляет, что саммит пройдёт по видеосвязи 22 августа. Состоялся ли "
                                        + "он и в какой форме, не обнародовано."),
                        null, "Office of the President of Ukraine, as reported on 17 August 2024"));
    }

    /** The illustrative messages of one channel: (from the mediator?, type, text). */
    record Message(boolean fromMediator, String type, String text) {
    }

    static List<Message> messages(String party) {
        if (party.equals("UA")) {
            return List.of(
                    new Message(true, "question", "Could your delegation accept a first moratorium limited to power "
                            + "plants and the grid?"),
                    new Message(false, "information", "Our priority is the grid: substations and transmission lines, and "
                            + "a notification window of 24 hours."),
                    new Message(true, "non_binding_remark", "The other delegation asks for refineries to be covered; I will "
                            + "come back to you with a package."));
        }
        return List.of(
                new Message(true, "question", "Would your delegation consider a moratorium of 60 days?"),
                new Message(false, "information", "Any moratorium must cover all energy infrastructure, refineries and "
                        + "depots included."),
                new Message(true, "proposal", "I propose to leave a 30 km zone on each side of the line of contact out of "
                        + "the geographic scope."));
    }

    static List<TextClause> firstVersion() {
        return List.of(
                clause("preamble", null, null, ClauseStatus.AGREED, t(
                        "The parties refrain from strikes against the energy infrastructure of the other party, as set out below.",
                        "Сторони утримуються від ударів по енергетичній інфраструктурі іншої сторони, як викладено нижче.",
                        "Стороны воздерживаются от ударов по энергетической инфраструктуре другой стороны, как изложено ниже.")),
                clause("scope", "scope", "power_grid", ClauseStatus.CONTESTED, t(
                        "Protected are power plants, substations, transmission lines and control centres.",
                        "Захищені електростанції, підстанції, лінії електропередачі та диспетчерські центри.",
                        "Защищены электростанции, подстанции, линии электропередачи и диспетчерские центры.")),
                clause("geography", "geography", "frontline_excluded", ClauseStatus.MEDIATOR_PROPOSAL, t(
                        "The moratorium applies everywhere except a zone of 30 km on each side of the line of contact.",
                        "Мораторій діє всюди, крім зони 30 км по обидва боки від лінії зіткнення.",
                        "Мораторий действует везде, кроме зоны 30 км по обе стороны от линии соприкосновения.")),
                clause("notification", "notification", "h72", ClauseStatus.MEDIATOR_PROPOSAL, t(
                        "Each party notifies the mediator of an incident within 72 hours.",
                        "Кожна сторона повідомляє посередника про інцидент протягом 72 годин.",
                        "Каждая сторона уведомляет посредника об инциденте в течение 72 часов.")));
    }

    static List<TextClause> secondVersion() {
        return List.of(
                firstVersion().get(0),
                clause("scope", "scope", "power_and_gas", ClauseStatus.MEDIATOR_PROPOSAL, t(
                        "Protected are electricity and gas infrastructure: power plants, substations, transmission lines, "
                                + "control centres, and gas production, processing, compression, storage, pipelines and metering.",
                        "Захищені електроенергетична і газова інфраструктура: електростанції, підстанції, лінії електропередачі, "
                                + "диспетчерські центри, а також видобуток, переробка, компримування, зберігання, транспортування і облік газу.",
                        "Защищены электроэнергетическая и газовая инфраструктура: электростанции, подстанции, линии "
                                + "электропередачи, диспетчерские центры, а также добыча, переработка, компримирование, хранение, "
                                + "транспорт и учёт газа.")),
                clause("duration", "duration", "d30", ClauseStatus.MEDIATOR_PROPOSAL, t(
                        "The moratorium lasts 30 days.", "Мораторій триває 30 днів.", "Мораторий действует 30 дней.")),
                clause("geography", "geography", "frontline_excluded", ClauseStatus.AGREED, firstVersion().get(2).texts()),
                firstVersion().get(3));
    }

    private static TextClause clause(String id, String issue, String option, ClauseStatus status, Map<String, String> texts) {
        return new TextClause(id, issue, option, status, texts);
    }
}
