package org.truce.talks.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.truce.shared.Viewer;
import org.truce.talks.TalksInputs.DelegationInput;
import org.truce.talks.TalksInputs.EventInput;
import org.truce.talks.TalksInputs.NewTalks;
import org.truce.talks.TalksInputs.RoundInput;
import org.truce.talks.TalksProcesses;
import org.truce.talks.TalksViews.TalksOverview;
import org.truce.talks.TalksViews.TalksSummary;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Talks", description = "Proximity talks: parties, mediator, delegations, rounds, timeline, agenda")
class TalksController {

    private final TalksProcesses talks;

    TalksController(TalksProcesses talks) {
        this.talks = talks;
    }

    @GetMapping("/api/talks")
    @Operation(summary = "The talks the caller may see (its own as a party; all for the mediator and monitors)")
    List<TalksSummary> list(Viewer viewer) {
        return talks.list(viewer);
    }

    @PostMapping("/api/talks")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open talks between two parties with their agenda: issues, options, and what each option writes "
            + "into the agreement terms (mediator)")
    TalksOverview open(Viewer viewer, @RequestBody NewTalks request) {
        return talks.open(viewer, request);
    }

    @GetMapping("/api/talks/{id}")
    @Operation(summary = "The talks: parties, mediator, venue, delegations, rounds, timeline, agenda, status, conclusion")
    TalksOverview get(Viewer viewer, @PathVariable String id) {
        return talks.overview(viewer, id);
    }

    @PutMapping("/api/talks/{id}/delegations/{party}")
    @Operation(summary = "Record a party's delegation: its members and their roles (mediator)")
    TalksOverview delegation(Viewer viewer, @PathVariable String id, @PathVariable String party,
                             @RequestBody DelegationInput request) {
        return talks.recordDelegation(viewer, id, party, request);
    }

    @PostMapping("/api/talks/{id}/rounds")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a round: its name, format (shuttle, proximity, face_to_face, video), venue and planned date (mediator)")
    TalksOverview round(Viewer viewer, @PathVariable String id, @RequestBody RoundInput request) {
        return talks.addRound(viewer, id, request);
    }

    @PostMapping("/api/talks/{id}/events")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a timeline event: scheduled, held, postponed, suspended, resumed, concluded, failed, with its "
            + "date at the precision the sources allow and its cause (mediator)")
    TalksOverview event(Viewer viewer, @PathVariable String id, @RequestBody EventInput request) {
        return talks.recordEvent(viewer, id, request);
    }
}
