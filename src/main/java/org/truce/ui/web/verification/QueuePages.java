package org.truce.ui.web.verification;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.truce.shared.Viewer;
import org.truce.verification.Assessments;

import org.truce.ui.web.PageController;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * The monitors' queue: the incidents awaiting an assessment, potential violations first and the
 * oldest first ({@link Assessments#queue}), each with its assignee and a button to take it.
 */
@Controller
@Hidden
class QueuePages extends PageController {

    static final int LIMIT = 1000;

    private final Assessments assessments;

    QueuePages(Assessments assessments) {
        this.assessments = assessments;
    }

    @GetMapping("/queue")
    String queue(Viewer viewer, Model model, @RequestParam(required = false) String assignee) {
        boolean mine = "me".equals(assignee);
        model.addAttribute("items", assessments.queue(viewer, mine ? "me" : null, LIMIT));
        model.addAttribute("mine", mine);
        model.addAttribute("me", viewer.accountId());
        return "incidents/queue";
    }
}
