package org.truce.talks.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.truce.shared.InvalidInput;
import org.truce.shared.Viewer;
import org.truce.talks.Acceptance;
import org.truce.talks.AnalysisViews.AnalysisView;
import org.truce.talks.AnalysisViews.ImprovementsView;
import org.truce.talks.PositionView;
import org.truce.talks.TalksInputs.AcceptanceInput;
import org.truce.talks.TalksInputs.PositionInput;
import org.truce.talks.TalksInputs.SuggestionInput;
import org.truce.talks.TalksPositions;
import org.truce.talks.TalksSuggestions;
import org.truce.talks.TalksSuggestions.SuggestionView;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Talks positions", description = "Private positions, the mediator's analysis, suggested packages and secret acceptance")
class TalksPositionsController {

    private final TalksPositions positions;
    private final TalksSuggestions suggestions;

    TalksPositionsController(TalksPositions positions, TalksSuggestions suggestions) {
        this.positions = positions;
        this.suggestions = suggestions;
    }

    @GetMapping("/api/talks/{id}/positions/{party}")
    @Operation(summary = "A party's position and its holistic check (that party and the mediator only)")
    PositionView position(Viewer viewer, @PathVariable String id, @PathVariable String party) {
        return positions.position(viewer, id, party);
    }

    @PutMapping("/api/talks/{id}/positions/{party}")
    @Operation(summary = "State the party's position: weights (100 points), option ratings 0-100, reservation value, "
            + "red lines, holistic ratings of whole packages (that party only)")
    PositionView state(Viewer viewer, @PathVariable String id, @PathVariable String party, @RequestBody PositionInput request) {
        return positions.state(viewer, id, party, request);
    }

    @GetMapping("/api/talks/{id}/analysis")
    @Operation(summary = "The analysis of both positions: Pareto frontier, Nash, Kalai-Smorodinsky, maximin (mediator only)")
    AnalysisView analysis(Viewer viewer, @PathVariable String id) {
        return positions.analysis(viewer, id);
    }

    @GetMapping("/api/talks/{id}/analysis/improvements")
    @Operation(summary = "An improvement round: feasible packages better for both than a tentative one (mediator only)")
    ImprovementsView improvements(Viewer viewer, @PathVariable String id,
                                  @Parameter(description = "the tentative package: issue:option pairs, comma-separated, "
                                          + "such as scope:power_grid,duration:d60,…") @RequestParam("package") String tentative,
                                  @RequestParam(required = false) Integer limit,
                                  @Parameter(description = "better_for_both (default) or pareto") @RequestParam(required = false) String rule) {
        return positions.improvements(viewer, id, choices(tentative), limit, rule);
    }

    @GetMapping("/api/talks/{id}/suggestions")
    @Operation(summary = "The suggested packages, with the caller's own answers; the overlap once both accepted one")
    List<SuggestionView> suggestions(Viewer viewer, @PathVariable String id) {
        return suggestions.list(viewer, id);
    }

    @PostMapping("/api/talks/{id}/suggestions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Offer both parties a package, as options only (mediator); logged as a disclosure to each")
    SuggestionView offer(Viewer viewer, @PathVariable String id, @RequestBody SuggestionInput request) {
        return suggestions.offer(viewer, id, request);
    }

    @GetMapping("/api/talks/{id}/suggestions/{suggestionId}")
    @Operation(summary = "One suggested package, with the caller's own answer")
    SuggestionView suggestion(Viewer viewer, @PathVariable String id, @PathVariable String suggestionId) {
        return suggestions.suggestion(viewer, id, suggestionId);
    }

    @PutMapping("/api/talks/{id}/suggestions/{suggestionId}/acceptance")
    @Operation(summary = "Mark privately whether the party could accept the package: {\"acceptable\": true} (party)")
    SuggestionView accept(Viewer viewer, @PathVariable String id, @PathVariable String suggestionId,
                          @RequestBody AcceptanceInput request) {
        return suggestions.answer(viewer, id, suggestionId, request == null ? null : request.acceptable());
    }

    @GetMapping("/api/talks/{id}/acceptances/{acceptanceId}")
    @Operation(summary = "One answer to a suggested package (its party and the mediator only)")
    Acceptance acceptance(Viewer viewer, @PathVariable String id, @PathVariable String acceptanceId) {
        return suggestions.acceptance(viewer, id, acceptanceId);
    }

    /** "scope:power_grid,duration:d60" as issue id to option id. */
    static Map<String, String> choices(String text) {
        Map<String, String> choices = new LinkedHashMap<>();
        for (String pair : text.split(",")) {
            String[] parts = pair.trim().split(":", 2);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw InvalidInput.of("package", "'" + pair.trim() + "' is not issue:option; write the package as "
                        + "scope:power_grid,duration:d60,…");
            }
            choices.put(parts[0].trim(), parts[1].trim());
        }
        return choices;
    }
}
