package org.truce.talks.web;

import java.util.LinkedHashMap;
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
import org.truce.shared.Conflict;

import org.truce.shared.Problem;
import org.truce.shared.Viewer;
import org.truce.talks.AnalysisViews.AnalysisView;
import org.truce.talks.AnalysisViews.PackagePoint;
import org.truce.talks.PositionView;
import org.truce.talks.TalksInputs.SuggestionInput;
import org.truce.talks.TalksJson;
import org.truce.talks.TalksPositions;
import org.truce.talks.TalksProcesses;
import org.truce.talks.TalksSuggestions;
import org.truce.talks.TalksViews.TalksOverview;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * The mediator's analysis (the frontier chart, Nash, Kalai-Smorodinsky, maximin, the improvement
 * round, both holistic checks) and the suggested packages with secret acceptance, where a party
 * sees only its own answers and the overlap once both accepted.
 */
@Controller
@Hidden
class TalksAnalysisPages extends TalksPageSupport {

    private final TalksPositions positions;
    private final TalksSuggestions suggestions;

    TalksAnalysisPages(TalksProcesses processes, MessageSource messages, TalksPositions positions,
                       TalksSuggestions suggestions) {
        super(processes, messages);
        this.positions = positions;
        this.suggestions = suggestions;
    }

    @GetMapping("/talks/{id}/analysis")
    String analysis(Viewer viewer, @PathVariable String id, @RequestParam(name = "package", required = false) String tentative,
                    Model model, Locale locale) {
        TalksOverview talks = frame(viewer, id, "analysis", model, locale);
        AnalysisView analysis;
        try {
            analysis = positions.analysis(viewer, id);
        } catch (Conflict notYet) {
            model.addAttribute("missing", notYet.getMessage());
            return "talks/analysis";
        }
        model.addAttribute("analysis", analysis);
        model.addAttribute("chart", TalksJson.write(chart(analysis, locale)));
        List<PositionView> both = talks.talks().parties().stream().map(p -> positions.position(viewer, id, p)).toList();
        model.addAttribute("positions", both);
        model.addAttribute("illustrative", both.stream().anyMatch(p -> p.position().illustrative()));
        PackagePoint start = analysis.nash() != null ? analysis.nash() : analysis.frontier().isEmpty() ? null : analysis.frontier().get(0);
        Map<String, String> chosen = tentative != null ? TalksPositionsController.choices(tentative)
                : start == null ? Map.of() : start.choices();
        model.addAttribute("tentative", chosen);
        if (tentative != null) {
            try {
                model.addAttribute("improvements", positions.improvements(viewer, id, chosen, 10, null));
            } catch (Problem refused) {
                model.addAttribute("error", refused.getMessage());
            }
        }
        return "talks/analysis";
    }

    /** The improvement round's form: one select per issue, sent as the package code. */
    @GetMapping("/talks/{id}/analysis/improve")
    String improve(@PathVariable String id, @RequestParam Map<String, String> form) {
        StringBuilder code = new StringBuilder();
        form.forEach((name, option) -> {
            if (name.startsWith("issue.")) {
                code.append(code.length() == 0 ? "" : ",").append(name.substring(6)).append(':').append(option);
            }
        });
        return "redirect:/talks/" + id + "/analysis?package=" + java.net.URLEncoder.encode(code.toString(),
                java.nio.charset.StandardCharsets.UTF_8) + "#improvements";
    }

    @PostMapping("/talks/{id}/suggestions")
    String offer(Viewer viewer, @PathVariable String id, @RequestParam(name = "package") String choices,
                 @RequestParam(required = false) String note, RedirectAttributes flash) {
        return submit(flash, "/talks/" + id + "/suggestions", "talks.suggestions.offered",
                () -> suggestions.offer(viewer, id, new SuggestionInput(TalksPositionsController.choices(choices), note)));
    }

    @GetMapping("/talks/{id}/suggestions")
    String suggestions(Viewer viewer, @PathVariable String id, Model model, Locale locale) {
        frame(viewer, id, "suggestions", model, locale);
        model.addAttribute("suggestions", suggestions.list(viewer, id));
        return "talks/suggestions";
    }

    @PostMapping("/talks/{id}/suggestions/{suggestionId}")
    String answer(Viewer viewer, @PathVariable String id, @PathVariable String suggestionId,
                  @RequestParam String acceptable, RedirectAttributes flash) {
        return submit(flash, "/talks/" + id + "/suggestions", "talks.suggestions.answered",
                () -> suggestions.answer(viewer, id, suggestionId, Boolean.valueOf(acceptable)));
    }

    /** What the chart script draws, with its legend in the reader's language. */
    private Map<String, Object> chart(AnalysisView analysis, Locale locale) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("parties", analysis.parties());
        chart.put("axes", List.of(label("talks.chart.axis", locale, party(analysis.parties().get(0), locale)),
                label("talks.chart.axis", locale, party(analysis.parties().get(1), locale))));
        chart.put("feasible", analysis.feasibleCloud());
        chart.put("other", analysis.otherCloud());
        chart.put("frontier", analysis.frontier().stream().map(p -> new double[] {p.first(), p.second()}).toList());
        chart.put("disagreement", analysis.disagreement());
        chart.put("nash", point(analysis.nash()));
        chart.put("maximin", point(analysis.maximin()));
        chart.put("ks", analysis.kalaiSmorodinsky() == null ? null : analysis.kalaiSmorodinsky().point());
        chart.put("ksSuggested", analysis.kalaiSmorodinsky() == null ? null : point(analysis.kalaiSmorodinsky().suggested()));
        Map<String, String> legend = new LinkedHashMap<>();
        for (String key : List.of("feasible", "other", "frontier", "disagreement", "nash", "ks", "ksSuggested", "maximin")) {
            legend.put(key, label("talks.chart." + key, locale));
        }
        chart.put("legend", legend);
        return chart;
    }

    private String party(String code, Locale locale) {
        return messages.getMessage("party." + code, null, code, locale);
    }

    private String label(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }

    private static double[] point(PackagePoint p) {
        return p == null ? null : new double[] {p.first(), p.second()};
    }

}
