package org.truce.verification.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.truce.shared.Viewer;
import org.truce.verification.Alert;
import org.truce.verification.Alerts;
import org.truce.verification.Allegation;
import org.truce.verification.AllegationInput;
import org.truce.verification.AssessmentInput;
import org.truce.verification.AssessmentSummary;
import org.truce.verification.Assessments;
import org.truce.verification.AssigneeInput;
import org.truce.verification.Finding;
import org.truce.verification.QueueItem;
import org.truce.verification.ReplyInput;
import org.truce.verification.ReplySummary;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Assessments", description = "Monitors grade incidents; the mediator puts them to the accused and "
        + "publishes findings; the accused replies; the monitors' queue and alerts")
class AssessmentsController {

    private final Assessments assessments;
    private final Alerts alerts;

    AssessmentsController(Assessments assessments, Alerts alerts) {
        this.assessments = assessments;
        this.alerts = alerts;
    }

    @PostMapping("/api/incidents/{id}/assessments")
    @Operation(summary = "Record a draft assessment (monitors, mediator); a correction of the current one names it in supersedes")
    ResponseEntity<AssessmentSummary> record(Viewer viewer, @PathVariable String id, @RequestBody AssessmentInput input) {
        AssessmentSummary created = assessments.record(viewer, id, input);
        return ResponseEntity.created(URI.create("/api/assessments/" + created.id())).body(created);
    }

    @GetMapping("/api/assessments/{id}")
    @Operation(summary = "One assessment: drafts for monitors and the mediator, published ones for anyone (404 otherwise)")
    AssessmentSummary get(Viewer viewer, @PathVariable String id) {
        return assessments.get(viewer, id);
    }

    @PutMapping("/api/assessments/{id}")
    @Operation(summary = "Edit a draft (a new revision); a published assessment is sealed (409)")
    AssessmentSummary revise(Viewer viewer, @PathVariable String id, @RequestBody AssessmentInput input) {
        return assessments.revise(viewer, id, input);
    }

    @PostMapping("/api/assessments/{id}/publish")
    @Operation(summary = "Publish an assessment as a finding (mediator); the incident's claims become public with it")
    AssessmentSummary publish(Viewer viewer, @PathVariable String id) {
        return assessments.publish(viewer, id);
    }

    @PostMapping("/api/incidents/{id}/put")
    @Operation(summary = "Put the incident to the accused party (mediator), with a reply deadline: the party then reads "
            + "the claims against it and may reply until then")
    ResponseEntity<Allegation> put(Viewer viewer, @PathVariable String id, @RequestBody AllegationInput input) {
        Allegation allegation = assessments.putTo(viewer, id, input);
        return ResponseEntity.created(URI.create("/api/incidents/" + id)).body(allegation);
    }

    @PostMapping("/api/incidents/{id}/replies")
    @Operation(summary = "The accused party's reply, before the deadline (409 after it)")
    ResponseEntity<ReplySummary> reply(Viewer viewer, @PathVariable String id, @RequestBody ReplyInput input) {
        ReplySummary reply = assessments.reply(viewer, id, input);
        return ResponseEntity.created(URI.create("/api/incidents/" + id)).body(reply);
    }

    @GetMapping("/api/queue")
    @Operation(summary = "Incidents awaiting assessment: potential violations first, oldest first; assignee=me|acc_… filters")
    List<QueueItem> queue(Viewer viewer, @RequestParam(required = false) String assignee,
                          @RequestParam(defaultValue = "100") int limit) {
        return assessments.queue(viewer, assignee, limit);
    }

    @PostMapping("/api/queue/{incidentId}/assignee")
    @Operation(summary = "Assign an incident of the queue to a monitor (acc_… or me), or release it (assignee null)")
    QueueItem assign(Viewer viewer, @PathVariable String incidentId, @RequestBody AssigneeInput input) {
        return assessments.assign(viewer, incidentId, input);
    }

    @GetMapping("/api/alerts")
    @Operation(summary = "Alerts (an incident became a potential violation), newest first, with the webhook's outcome; "
            + "page with before=<seq>")
    Map<String, Object> alerts(Viewer viewer, @RequestParam(required = false) Long before,
                               @RequestParam(defaultValue = "50") int limit) {
        List<Alert> feed = alerts.feed(viewer, before, limit);
        return Map.of("alerts", feed, "next", feed.isEmpty() ? "" : String.valueOf(feed.get(feed.size() - 1).seq()));
    }

    @GetMapping("/api/findings")
    @Operation(summary = "Published findings, newest first, with the incident, its claims and the replies; public")
    List<Finding> findings(Viewer viewer, @RequestParam(required = false) String agreement) {
        return assessments.findings(viewer, agreement);
    }
}
