package org.truce.talks.web;

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
import org.truce.shared.Viewer;
import org.truce.talks.EventKind;
import org.truce.talks.TalksInputs.EventInput;
import org.truce.talks.TalksProcesses;

import io.swagger.v3.oas.annotations.Hidden;

/** The talks the viewer takes part in, and each one's overview: delegations, rounds, timeline, agenda. */
@Controller
@Hidden
class TalksOverviewPages extends TalksPageSupport {

    TalksOverviewPages(TalksProcesses processes, MessageSource messages) {
        super(processes, messages);
    }

    @GetMapping("/talks")
    String list(Viewer viewer, Model model) {
        model.addAttribute("list", processes.list(viewer));
        return "talks/list";
    }

    @GetMapping("/talks/{id}")
    String overview(Viewer viewer, @PathVariable String id, Model model, Locale locale) {
        frame(viewer, id, "overview", model, locale);
        model.addAttribute("eventKinds", EventKind.codes());
        return "talks/overview";
    }

    /** The mediator adds an event to the timeline. */
    @PostMapping("/talks/{id}/events")
    String event(Viewer viewer, @PathVariable String id, @RequestParam Map<String, String> form, RedirectAttributes flash) {
        return submit(flash, "/talks/" + id + "#timeline", "talks.event.recorded", () -> processes.recordEvent(viewer, id,
                new EventInput(form.get("kind"), form.get("at"), blank(form.get("precision")), null,
                        Map.of("en", form.getOrDefault("summary", "")),
                        blank(form.get("cause")) == null ? Map.of() : Map.of("en", form.get("cause")),
                        blank(form.get("source")))));
    }

    static String blank(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
