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
 * The published findings, newest first, open to anyone without signing in: what
 * {@code GET /api/findings} gives ({@link Assessments#findings}), each linking its incident's page,
 * which shows the public the published claims only.
 */
@Controller
@Hidden
class FindingsPages extends PageController {

    private final Assessments assessments;

    FindingsPages(Assessments assessments) {
        this.assessments = assessments;
    }

    @GetMapping("/findings")
    String findings(Viewer viewer, Model model, @RequestParam(required = false) String agreement) {
        String agreementId = agreement == null || agreement.isBlank() ? null : agreement.strip();
        model.addAttribute("findings", assessments.findings(viewer, agreementId));
        model.addAttribute("agreement", agreementId);
        return "incidents/findings";
    }
}
