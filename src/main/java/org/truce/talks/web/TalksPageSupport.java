package org.truce.talks.web;

import java.io.IOException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.truce.shared.InvalidInput;
import org.truce.shared.NotFound;
import org.truce.shared.Problem;
import org.truce.shared.Role;
import org.truce.shared.Viewer;
import org.truce.talks.TalksProcesses;
import org.truce.talks.TalksViews.TalksOverview;
import org.truce.ui.Languages;
import org.truce.ui.LayoutPages;

/**
 * What every talks page shares: the talks with their agenda's words in the reader's language,
 * the tabs of the workspace, and forms that answer with the page again (a refusal shown on it).
 * What a page may show is decided by the same services as the API, for the same viewer.
 */
abstract class TalksPageSupport implements LayoutPages {

    protected final TalksProcesses processes;
    protected final MessageSource messages;

    TalksPageSupport(TalksProcesses processes, MessageSource messages) {
        this.processes = processes;
        this.messages = messages;
    }

    /** Another party's page, or talks the viewer may not see: the ordinary "page not found". */
    @ExceptionHandler(NotFound.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    /** The talks, their words and the tabs, for a page of the workspace. */
    protected TalksOverview frame(Viewer viewer, String talksId, String tab, Model model, Locale locale) {
        TalksOverview talks = processes.overview(viewer, talksId);
        String language = Languages.of(locale.getLanguage()).orElse(Languages.DEFAULT).getLanguage();
        model.addAttribute("talks", talks);
        model.addAttribute("labels", new PageLabels(talks.talks().agenda(), language));
        model.addAttribute("dates", new PageDates(messages, locale, ZoneId.of(talks.talks().zone())));
        model.addAttribute("tab", tab);
        model.addAttribute("mediator", viewer.is(Role.MEDIATOR));
        model.addAttribute("party", viewer.party());
        model.addAttribute("base", "/talks/" + talksId);
        return talks;
    }

    /** Runs a form's action; a refusal goes back to the page as a message naming the field. */
    protected String submit(RedirectAttributes flash, String back, String done, Supplier<?> action) {
        try {
            action.get();
            flash.addFlashAttribute("notice", done);
        } catch (NotFound e) {
            throw e;
        } catch (Problem e) {
            flash.addFlashAttribute("error", e instanceof InvalidInput invalid
                    ? invalid.problems().stream().map(p -> p.field() + ": " + p.reason()).reduce((a, b) -> a + "; " + b).orElse("")
                    : e.getMessage());
        }
        return "redirect:" + back;
    }

    static Integer number(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw InvalidInput.of(field, "'" + text + "' is not a whole number");
        }
    }
}
