package org.truce.talks.web;

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
import org.truce.shared.Viewer;
import org.truce.talks.ClauseStatus;
import org.truce.talks.TalksDecisions;
import org.truce.talks.TalksInputs.CommentInput;
import org.truce.talks.TalksInputs.ProposalInput;
import org.truce.talks.TalksInputs.VersionInput;
import org.truce.talks.TalksProcesses;
import org.truce.talks.TalksTexts;
import org.truce.talks.TextViews.TextOverview;
import org.truce.talks.TextViews.VersionView;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * The single negotiating text: a version with its clauses, two versions side by side, the party's
 * own comments, the changes proposed in veto-only mode, and the final yes or no; for the mediator
 * also sharing, the terms a version would become, and the form for the next version or proposal.
 */
@Controller
@Hidden
class TalksTextPages extends TalksPageSupport {

    private final TalksTexts texts;
    private final TalksDecisions decisions;

    TalksTextPages(TalksProcesses processes, MessageSource messages, TalksTexts texts, TalksDecisions decisions) {
        super(processes, messages);
        this.texts = texts;
        this.decisions = decisions;
    }

    @GetMapping("/talks/{id}/text")
    String text(Viewer viewer, @PathVariable String id, @RequestParam(required = false) Integer version,
                @RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to,
                Model model, Locale locale) {
        frame(viewer, id, "text", model, locale);
        TextOverview text = texts.text(viewer, id);
        model.addAttribute("text", text);
        VersionView shown = null;
        if (!text.versions().isEmpty()) {
            int number = version != null ? version : text.versions().get(text.versions().size() - 1).version().number();
            shown = texts.version(viewer, id, number);
            model.addAttribute("comments", texts.comments(viewer, id, number));
            if (viewer.party() == null) {
                model.addAttribute("preview", decisions.preview(viewer, id, number));
            }
        }
        model.addAttribute("shown", shown);
        if (from != null && to != null) {
            model.addAttribute("comparison", texts.compare(viewer, id, from, to));
        }
        var latest = text.versions().isEmpty() ? null : text.versions().get(text.versions().size() - 1);
        model.addAttribute("rows", ClauseForm.rows(latest == null ? List.of() : latest.version().clauses()));
        model.addAttribute("statuses", ClauseStatus.codes());
        model.addAttribute("languages", ClauseForm.LANGUAGES);
        return "talks/text";
    }

    /** The mediator's form: a new version, or the same clauses proposed as a change in veto-only mode. */
    @PostMapping("/talks/{id}/text")
    String write(Viewer viewer, @PathVariable String id, @RequestParam Map<String, String> form, RedirectAttributes flash) {
        String note = TalksOverviewPages.blank(form.get("note"));
        if ("proposal".equals(form.get("mode"))) {
            return submit(flash, "/talks/" + id + "/text#proposals", "talks.text.proposed",
                    () -> decisions.propose(viewer, id, new ProposalInput(ClauseForm.read(form), note)));
        }
        List<String> share = form.containsKey("share") ? processes.overview(viewer, id).talks().parties() : List.of();
        return submit(flash, "/talks/" + id + "/text", "talks.text.written",
                () -> texts.write(viewer, id, new VersionInput(ClauseForm.read(form), note, share)));
    }

    @PostMapping("/talks/{id}/text/versions/{version}/share")
    String share(Viewer viewer, @PathVariable String id, @PathVariable int version, RedirectAttributes flash) {
        return submit(flash, "/talks/" + id + "/text?version=" + version, "talks.text.shared",
                () -> texts.share(viewer, id, version, processes.overview(viewer, id).talks().parties()));
    }

    @PostMapping("/talks/{id}/text/versions/{version}/comments")
    String comment(Viewer viewer, @PathVariable String id, @PathVariable int version,
                   @RequestParam(required = false) String clause, @RequestParam(required = false) String text,
                   RedirectAttributes flash) {
        return submit(flash, "/talks/" + id + "/text?version=" + version + "#comments", "talks.text.commented",
                () -> texts.addComment(viewer, id, version, new CommentInput(TalksOverviewPages.blank(clause), text)));
    }

    @PostMapping("/talks/{id}/text/proposals/{proposalId}/vote")
    String vote(Viewer viewer, @PathVariable String id, @PathVariable String proposalId, @RequestParam String answer,
                RedirectAttributes flash) {
        return submit(flash, "/talks/" + id + "/text#proposals", "talks.text.voted",
                () -> decisions.vote(viewer, id, proposalId, answer));
    }

    @PostMapping("/talks/{id}/text/versions/{version}/final-answer")
    String answer(Viewer viewer, @PathVariable String id, @PathVariable int version, @RequestParam String answer,
                  RedirectAttributes flash) {
        return submit(flash, "/talks/" + id + "/text?version=" + version + "#final", "talks.text.answered",
                () -> decisions.answer(viewer, id, version, answer));
    }
}
