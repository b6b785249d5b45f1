package org.truce.talks.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.truce.shared.Viewer;
import org.truce.talks.TalksDecisions;
import org.truce.talks.TalksDecisions.TermsPreview;
import org.truce.talks.TalksInputs.CommentInput;
import org.truce.talks.TalksInputs.FinalAnswerInput;
import org.truce.talks.TalksInputs.ProposalInput;
import org.truce.talks.TalksInputs.ShareInput;
import org.truce.talks.TalksInputs.VersionInput;
import org.truce.talks.TalksInputs.VoteInput;
import org.truce.talks.TalksTexts;
import org.truce.talks.TextComment;
import org.truce.talks.TextComparison;
import org.truce.talks.TextViews.ProposalView;
import org.truce.talks.TextViews.TextOverview;
import org.truce.talks.TextViews.VersionView;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Talks text", description = "The single negotiating text: versions, sharing, comparison, comments, veto-only "
        + "mode, final answers")
class TalksTextController {

    private final TalksTexts texts;
    private final TalksDecisions decisions;

    TalksTextController(TalksTexts texts, TalksDecisions decisions) {
        this.texts = texts;
        this.decisions = decisions;
    }

    @GetMapping("/api/talks/{id}/text")
    @Operation(summary = "The versions the caller may read, the proposed changes, and the conclusion")
    TextOverview text(Viewer viewer, @PathVariable String id) {
        return texts.text(viewer, id);
    }

    @PostMapping("/api/talks/{id}/text/versions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Write the next version (clauses bound to options, each agreed, contested or mediator_proposal), "
            + "optionally shared at once (mediator)")
    VersionView write(Viewer viewer, @PathVariable String id, @RequestBody VersionInput request) {
        return texts.write(viewer, id, request);
    }

    @GetMapping("/api/talks/{id}/text/versions/{version}")
    @Operation(summary = "One version, what it settles, and the caller's final answer")
    VersionView version(Viewer viewer, @PathVariable String id, @PathVariable int version) {
        return texts.version(viewer, id, version);
    }

    @PostMapping("/api/talks/{id}/text/versions/{version}/shares")
    @Operation(summary = "Share a version with parties (mediator); logged as a disclosure to each")
    VersionView share(Viewer viewer, @PathVariable String id, @PathVariable int version, @RequestBody ShareInput request) {
        return texts.share(viewer, id, version, request == null ? null : request.parties());
    }

    @GetMapping("/api/talks/{id}/text/compare")
    @Operation(summary = "Two versions side by side: each clause added, removed, changed or unchanged, and what changed")
    TextComparison compare(Viewer viewer, @PathVariable String id, @RequestParam int from, @RequestParam int to) {
        return texts.compare(viewer, id, from, to);
    }

    @GetMapping("/api/talks/{id}/text/versions/{version}/comments")
    @Operation(summary = "Comments on a version: a party's own; every party's for the mediator")
    List<TextComment> comments(Viewer viewer, @PathVariable String id, @PathVariable int version) {
        return texts.comments(viewer, id, version);
    }

    @PostMapping("/api/talks/{id}/text/versions/{version}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Comment privately on a version shared with the party, on a clause or the whole text (party)")
    TextComment comment(Viewer viewer, @PathVariable String id, @PathVariable int version, @RequestBody CommentInput request) {
        return texts.addComment(viewer, id, version, request);
    }

    @GetMapping("/api/talks/{id}/text/comments/{commentId}")
    @Operation(summary = "One comment (its party and the mediator only)")
    TextComment commentById(Viewer viewer, @PathVariable String id, @PathVariable String commentId) {
        return texts.comment(viewer, id, commentId);
    }

    @GetMapping("/api/talks/{id}/text/versions/{version}/terms")
    @Operation(summary = "The agreement terms the version would become, with the agreement's checks (mediator only)")
    TermsPreview terms(Viewer viewer, @PathVariable String id, @PathVariable int version) {
        return decisions.preview(viewer, id, version);
    }

    @PostMapping("/api/talks/{id}/text/proposals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Propose a change to the current draft in veto-only mode (mediator)")
    ProposalView propose(Viewer viewer, @PathVariable String id, @RequestBody ProposalInput request) {
        return decisions.propose(viewer, id, request);
    }

    @GetMapping("/api/talks/{id}/text/proposals/{proposalId}")
    @Operation(summary = "A proposed change, its status, and the caller's own answer")
    ProposalView proposal(Viewer viewer, @PathVariable String id, @PathVariable String proposalId) {
        return decisions.proposal(viewer, id, proposalId);
    }

    @PutMapping("/api/talks/{id}/text/proposals/{proposalId}/vote")
    @Operation(summary = "Answer a proposed change: {\"answer\": \"better\"} or \"worse\" than the current draft (party); "
            + "the draft moves only when both say better")
    ProposalView vote(Viewer viewer, @PathVariable String id, @PathVariable String proposalId, @RequestBody VoteInput request) {
        return decisions.vote(viewer, id, proposalId, request == null ? null : request.answer());
    }

    @PutMapping("/api/talks/{id}/text/versions/{version}/final-answer")
    @Operation(summary = "Answer the whole latest text yes or no (party); two yeses draft the agreement terms")
    VersionView finalAnswer(Viewer viewer, @PathVariable String id, @PathVariable int version,
                            @RequestBody FinalAnswerInput request) {
        return decisions.answer(viewer, id, version, request == null ? null : request.answer());
    }
}
