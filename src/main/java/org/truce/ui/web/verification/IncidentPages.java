package org.truce.ui.web.verification;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.truce.reports.Report;
import org.truce.reports.Reports;
import org.truce.shared.NotFound;
import org.truce.shared.Role;
import org.truce.shared.Viewer;
import org.truce.verification.AssessmentSummary;
import org.truce.verification.ClaimView;
import org.truce.verification.Determination;
import org.truce.verification.Grade;
import org.truce.verification.IncidentAssessments;
import org.truce.verification.IncidentList;
import org.truce.verification.IncidentQuery;
import org.truce.verification.IncidentView;
import org.truce.verification.Incidents;
import org.truce.verification.Step;
import org.truce.verification.Verdict;

import org.truce.ui.web.FormSupport;
import org.truce.ui.web.PageController;

import io.swagger.v3.oas.annotations.Hidden;
import tools.jackson.databind.json.JsonMapper;

/**
 * The incidents the viewer may read, and one incident: its claims side by side, the determination
 * steps with their facts, the evidence, the assessments and replies, the ledger entry of each
 * record, and the forms of whoever may act on it (a monitor assesses; the mediator puts it to the
 * accused and publishes; the party it was put to replies). Every read goes through
 * {@link Incidents} and {@link Reports} for the viewer, so a page shows what the API would.
 */
@Controller
@Hidden
class IncidentPages extends PageController {

    static final int PAGE_SIZE = 100;

    private final Incidents incidents;
    private final Reports reports;
    private final ObjectProvider<IncidentAssessments> assessments;
    private final String tileUrl;
    private final String tileAttribution;
    private final FormSupport forms;
    private final JsonMapper json = JsonMapper.builder().build();

    IncidentPages(Incidents incidents, Reports reports, ObjectProvider<IncidentAssessments> assessments, FormSupport forms,
                  @Value("${truce.ui.tile-url:}") String tileUrl, @Value("${truce.ui.tile-attribution:}") String tileAttribution) {
        this.incidents = incidents;
        this.reports = reports;
        this.assessments = assessments;
        this.forms = forms;
        this.tileUrl = tileUrl == null || tileUrl.isBlank() ? null : tileUrl.strip();
        this.tileAttribution = tileAttribution;
    }

    @GetMapping("/incidents")
    String list(Viewer viewer, Model model, @RequestParam(required = false) String verdict,
                @RequestParam(required = false) String grade, @RequestParam(required = false) String agreement,
                @RequestParam(defaultValue = "0") int offset) {
        Set<Verdict> verdicts = Verdict.byCode(verdict).map(EnumSet::of).orElse(EnumSet.noneOf(Verdict.class));
        Set<Grade> grades = Grade.byCode(grade).map(EnumSet::of).orElse(EnumSet.noneOf(Grade.class));
        String agreementId = agreement == null || agreement.isBlank() ? null : agreement.strip();
        IncidentList page = incidents.list(viewer, new IncidentQuery(agreementId, verdicts, grades, null, null, null, null,
                Math.max(0, offset), PAGE_SIZE));
        model.addAttribute("page", page);
        model.addAttribute("verdict", verdicts.isEmpty() ? null : verdicts.iterator().next().code());
        model.addAttribute("grade", grades.isEmpty() ? null : grades.iterator().next().code());
        model.addAttribute("agreement", agreementId);
        model.addAttribute("verdicts", Verdict.values());
        model.addAttribute("grades", Grade.values());
        model.addAttribute("next", page.offset() + page.incidents().size() < page.total()
                ? page.offset() + page.incidents().size() : null);
        return "incidents/list";
    }

    @GetMapping("/incidents/{id}")
    String incident(Viewer viewer, Model model, @PathVariable String id, java.util.Locale locale) {
        IncidentView view = incidents.get(viewer, id);
        model.addAttribute("incident", view);
        model.addAttribute("claims", view.claims().stream().map(claim -> claim(viewer, claim)).toList());
        model.addAttribute("determinations", facts(view));
        model.addAttribute("point", view.latitude() == null || view.longitude() == null ? null
                : json.writeValueAsString(List.of(view.latitude(), view.longitude())));
        model.addAttribute("tileUrl", tileUrl);
        model.addAttribute("tileAttribution", tileAttribution);
        IncidentAssessments spi = assessments.getIfAvailable(() -> IncidentAssessments.NONE);
        Set<String> putTo = viewer.isPublic() || viewer.is(Role.PARTY) && !spi.putTo(id).contains(viewer.party())
                ? Set.of() : spi.putTo(id);
        model.addAttribute("putTo", new TreeSet<>(putTo));
        model.addAttribute("mayAssess", viewer.is(Role.MONITOR));
        model.addAttribute("mayPut", viewer.is(Role.MEDIATOR));
        model.addAttribute("mayPublish", viewer.is(Role.MEDIATOR));
        model.addAttribute("mayReply", viewer.is(Role.PARTY) && putTo.contains(viewer.party()));
        model.addAttribute("accusable", new TreeSet<>(view.accused()));
        model.addAttribute("grades", Grade.values());
        model.addAttribute("current", view.assessments().stream().filter(a -> a.supersededBy() == null)
                .map(AssessmentSummary::id).reduce((a, b) -> b).orElse(null));
        model.addAttribute("ledgerSeqs", ledger(view));
        model.addAttribute("reasons", forms.reasonsJson(locale));
        return "incidents/incident";
    }

    /** A claim with what the report adds (its evidence, when it was submitted, the damage), as the viewer may read it. */
    public record Claim(ClaimView view, Report report) {
    }

    private Claim claim(Viewer viewer, ClaimView claim) {
        try {
            return new Claim(claim, reports.get(viewer, claim.reportId()).report());
        } catch (NotFound notVisible) {
            return new Claim(claim, null);
        }
    }

    /** A determination with each step's facts as name and text, in the order the engine used them. */
    public record DeterminationRow(Determination determination, List<StepRow> steps) {
    }

    public record StepRow(Step step, List<Fact> facts) {
    }

    public record Fact(String name, String value) {
    }

    private List<DeterminationRow> facts(IncidentView view) {
        List<DeterminationRow> rows = new ArrayList<>();
        for (Determination d : view.determinations()) {
            List<StepRow> steps = new ArrayList<>();
            for (Step step : d.steps()) {
                List<Fact> facts = new ArrayList<>();
                step.facts().forEach((name, value) -> facts.add(new Fact(name,
                        value instanceof String text ? text : json.writeValueAsString(value))));
                steps.add(new StepRow(step, facts));
            }
            rows.add(new DeterminationRow(d, steps));
        }
        return rows;
    }

    /** Every ledger entry behind the page: the claims', the assessments', the replies' and the incident's own. */
    private static List<Long> ledger(IncidentView view) {
        TreeSet<Long> seqs = new TreeSet<>(view.ledgerSeqs());
        view.claims().stream().map(ClaimView::ledgerSeq).filter(java.util.Objects::nonNull).forEach(seqs::add);
        view.assessments().forEach(a -> seqs.add(a.seq()));
        view.replies().forEach(r -> seqs.add(r.seq()));
        return List.copyOf(seqs);
    }
}
