package org.truce.talks.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.truce.shared.NotFound;
import org.truce.shared.Viewer;
import org.truce.talks.Position;
import org.truce.talks.PositionView;
import org.truce.talks.TalksPositions;
import org.truce.talks.TalksProcesses;
import org.truce.talks.TalksSuggestions;
import org.truce.talks.TalksViews.TalksOverview;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * A party's position form (weights, ratings, reservation value, red lines, holistic ratings) with
 * its holistic check. The mediator reads both positions here; a party only its own.
 */
@Controller
@Hidden
class TalksPositionPages extends TalksPageSupport {

    private final TalksPositions positions;
    private final TalksSuggestions suggestions;

    TalksPositionPages(TalksProcesses processes, MessageSource messages, TalksPositions positions,
                       TalksSuggestions suggestions) {
        super(processes, messages);
        this.positions = positions;
        this.suggestions = suggestions;
    }

    @GetMapping("/talks/{id}/position")
    String position(Viewer viewer, @PathVariable String id, Model model, Locale locale) {
        TalksOverview talks = frame(viewer, id, "position", model, locale);
        List<String> readable = viewer.party() != null ? List.of(viewer.party()) : talks.talks().parties();
        List<PositionView> stated = new ArrayList<>();
        for (String party : readable) {
            try {
                stated.add(positions.position(viewer, id, party));
            } catch (NotFound notStated) {
                // nothing stated yet: the form starts from an even split
            }
        }
        model.addAttribute("positions", stated);
        model.addAttribute("illustrative", stated.stream().anyMatch(p -> p.position().illustrative()));
        if (viewer.party() != null) {
            Position own = stated.isEmpty() ? null : stated.get(0).position();
            var agenda = talks.talks().agenda();
            model.addAttribute("values", PositionForm.values(agenda, own));
            model.addAttribute("toRate", PositionForm.packagesToRate(agenda, own,
                    suggestions.list(viewer, id).stream().map(s -> s.suggestion().choices()).toList()));
            model.addAttribute("rated", PositionForm.ratingsOf(own));
        }
        return "talks/position";
    }

    @PostMapping("/talks/{id}/position")
    String state(Viewer viewer, @PathVariable String id, @RequestParam Map<String, String> form, RedirectAttributes flash) {
        return submit(flash, "/talks/" + id + "/position", "talks.position.saved", () -> {
            if (viewer.party() == null) {
                throw new NotFound("position", "of the mediator");
            }
            var agenda = processes.overview(viewer, id).talks().agenda();
            return positions.state(viewer, id, viewer.party(), PositionForm.read(agenda, form));
        });
    }
}
