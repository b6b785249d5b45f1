package org.truce.talks.config;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;


import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.truce.access.Account;
import org.truce.access.Accounts;
import org.truce.shared.DemoSeed;
import org.truce.shared.NotFound;
import org.truce.shared.Viewer;
import org.truce.talks.AnalysisViews.AnalysisView;
import org.truce.talks.EnergyMoratoriumExample;
import org.truce.talks.Position;
import org.truce.talks.PreferenceProfile;
import org.truce.talks.TalksChannels;
import org.truce.talks.TalksInputs.MessageInput;
import org.truce.talks.TalksInputs.NewTalks;
import org.truce.talks.TalksInputs.PositionInput;
import org.truce.talks.TalksInputs.SuggestionInput;
import org.truce.talks.TalksInputs.VersionInput;
import org.truce.talks.TalksPositions;
import org.truce.talks.TalksProcesses;
import org.truce.talks.TalksSuggestions;
import org.truce.talks.TalksTexts;
import org.truce.talks.TalksViews.TalksOverview;
import org.truce.talks.TalksViews.TalksSummary;

/**
 * The demo's talks: Doha 2024 between UA and RU through Qatar, with its delegations, rounds and
 * timeline, the moratorium's agenda, two illustrative positions (stated by each party's demo
 * account and marked illustrative), a few messages in each channel, two versions of the text and
 * the Kalai-Smorodinsky package offered to both. Each part is added only where it is missing, so
 * a second demo adds nothing.
 */
@Component
class TalksDemoSeed implements DemoSeed {

    private static final Logger log = LoggerFactory.getLogger(TalksDemoSeed.class);
    private static final List<String> PARTIES = List.of("UA", "RU");

    private final TalksProcesses processes;
    private final TalksChannels channels;
    private final TalksPositions positions;
    private final TalksSuggestions suggestions;
    private final TalksTexts texts;
    private final Accounts accounts;

    TalksDemoSeed(TalksProcesses processes, TalksChannels channels, TalksPositions positions, TalksSuggestions suggestions,
                  TalksTexts texts, Accounts accounts) {
        this.processes = processes;
        this.channels = channels;
        this.positions = positions;
        this.suggestions = suggestions;
        this.texts = texts;
        this.accounts = accounts;
    }

    @Override
    public int order() {
        return 600;
    }

    @Override
    public void seed(Path dataDir) {
        Viewer mediator = Viewer.system("demo");
        if (!accounts.parties().stream().map(p -> p.code()).toList().containsAll(PARTIES)) {
            log.warn("demo data: the parties UA and RU are missing; no demo talks");
            return;
        }
        String id = processes.list(mediator).stream().filter(t -> DohaStory.TITLE.equals(t.title())).map(TalksSummary::id)
                .findFirst().orElseGet(() -> processes.open(mediator, new NewTalks(DohaStory.TITLE, DohaStory.MEDIATOR,
                        DohaStory.VENUE, PARTIES, DohaStory.ZONE, DohaStory.about(), DohaAgenda.issues())).talks().id());
        TalksOverview talks = processes.overview(mediator, id);
        if (talks.delegations().isEmpty()) {
            PARTIES.forEach(party -> processes.recordDelegation(mediator, id, party,
                    new org.truce.talks.TalksInputs.DelegationInput(DohaStory.delegation(party))));
        }
        if (talks.rounds().isEmpty()) {
            DohaStory.rounds().forEach(round -> processes.addRound(mediator, id, round));
        }
        if (talks.timeline().isEmpty()) {
            DohaStory.events().forEach(event -> processes.recordEvent(mediator, id, event));
        }
        for (String party : PARTIES) {
            Optional<Viewer> delegate = delegate(mediator, party);
            if (delegate.isEmpty()) {
                log.warn("demo data: no demo account for {}; its position and messages are left out", party);
                continue;
            }
            if (!stated(mediator, id, party)) {
                positions.state(delegate.get(), id, party, position(party), true);
            }
            if (channels.messages(mediator, id, party).isEmpty()) {
                for (DohaStory.Message m : DohaStory.messages(party)) {
                    channels.send(m.fromMediator() ? mediator : delegate.get(), id, party, new MessageInput(m.type(), m.text()));
                }
            }
        }
        if (texts.text(mediator, id).versions().isEmpty()) {
            texts.write(mediator, id, new VersionInput(DohaStory.firstVersion(), "First draft after the shuttle round", PARTIES));
            texts.write(mediator, id, new VersionInput(DohaStory.secondVersion(), "Gas added to the scope; duration proposed",
                    PARTIES));
        }
        if (suggestions.list(mediator, id).isEmpty() && PARTIES.stream().allMatch(p -> stated(mediator, id, p))) {
            AnalysisView analysis = positions.analysis(mediator, id);
            if (analysis.kalaiSmorodinsky() != null) {
                suggestions.offer(mediator, id, new SuggestionInput(analysis.kalaiSmorodinsky().suggested().choices(),
                        "Kalai-Smorodinsky package"));
            }
        }
    }

    private boolean stated(Viewer mediator, String id, String party) {
        try {
            positions.position(mediator, id, party);
            return true;
        } catch (NotFound notYet) {
            return false;
        }
    }

    private Optional<Viewer> delegate(Viewer mediator, String party) {
        return accounts.list(mediator).stream()
                .filter(a -> party.equals(a.party()) && a.username().equals(party.toLowerCase(Locale.ROOT)))
                .map(Account::viewer).findFirst();
    }

    /**
     * The illustrative positions of {@link EnergyMoratoriumExample} (invented, not the parties' real
     * positions), with the holistic ratings of four packages each.
     */
    static PositionInput position(String party) {
        PreferenceProfile profile = party.equals("UA") ? EnergyMoratoriumExample.firstProfile()
                : EnergyMoratoriumExample.secondProfile();
        Map<String, Map<String, Integer>> ratings = new LinkedHashMap<>();
        profile.ratings().forEach((issue, byOption) -> {
            Map<String, Integer> renamed = new LinkedHashMap<>();
            byOption.forEach((option, rating) -> renamed.put(renamed(issue, option), rating));
            ratings.put(issue, renamed);
        });
        Map<String, List<String>> redLines = new LinkedHashMap<>();
        profile.redLines().forEach((issue, options) -> redLines.put(issue, options.stream().map(o -> renamed(issue, o)).toList()));
        List<Position.HolisticInput> holistic = party.equals("UA")
                ? List.of(rated(95, "power_grid", "d90", "on_acceptance", "recognised_borders", "on_site", "h24", "suspension"),
                        rated(60, "all_energy", "d30", "h72", "frontline_excluded", "mediator_desk", "h72", "consultation"),
                        rated(5, "power_generation", "d30", "fixed", "controlled_territory", "self_reporting", "d7", "consultation"),
                        rated(70, "power_and_gas", "d60", "h72", "frontline_excluded", "mediator_desk", "h24", "termination"))
                : List.of(rated(100, "all_energy", "d30", "h72", "controlled_territory", "self_reporting", "h72", "consultation"),
                        rated(75, "power_and_gas", "d60", "fixed", "frontline_excluded", "mediator_desk", "h72", "consultation"),
                        rated(10, "power_grid", "d90", "on_acceptance", "recognised_borders", "on_site", "h24", "suspension"),
                        rated(65, "all_energy", "d60", "h72", "frontline_excluded", "mediator_desk", "d7", "suspension"));
        return new PositionInput(profile.weights(), ratings, profile.reservationValue(), redLines, holistic);
    }

    /** The example's "on signature" start is the demo agenda's "as soon as both delegations accept the text". */
    private static String renamed(String issue, String option) {
        return issue.equals("start") && option.equals("on_signature") ? "on_acceptance" : option;
    }

    private static Position.HolisticInput rated(int rating, String... options) {
        List<String> issues = List.of("scope", "duration", "start", "geography", "monitoring", "notification", "violation");
        Map<String, String> choices = new LinkedHashMap<>();
        for (int i = 0; i < issues.size(); i++) {
            choices.put(issues.get(i), options[i]);
        }
        return new Position.HolisticInput(choices, rating);
    }

}
