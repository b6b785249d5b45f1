package org.truce.talks.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.truce.shared.Viewer;
import org.truce.talks.ChannelMessage;
import org.truce.talks.Disclosure;
import org.truce.talks.TalksChannels;
import org.truce.talks.TalksInputs.MessageInput;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Talks channels", description = "The private channel between the mediator and each party; the disclosure log")
class TalksChannelsController {

    private final TalksChannels channels;

    TalksChannelsController(TalksChannels channels) {
        this.channels = channels;
    }

    @GetMapping("/api/talks/{id}/channels/{party}/messages")
    @Operation(summary = "The messages of a party's channel (that party and the mediator only)")
    List<ChannelMessage> messages(Viewer viewer, @PathVariable String id, @PathVariable String party) {
        return channels.messages(viewer, id, party);
    }

    @PostMapping("/api/talks/{id}/channels/{party}/messages")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Send a message in a party's channel: type proposal, question, information, non_binding_remark or "
            + "binding_statement (the mediator to the party, logged as a disclosure; or the party to the mediator)")
    ChannelMessage send(Viewer viewer, @PathVariable String id, @PathVariable String party, @RequestBody MessageInput request) {
        return channels.send(viewer, id, party, request);
    }

    @GetMapping("/api/talks/{id}/messages/{messageId}")
    @Operation(summary = "One message, for whoever may read its channel")
    ChannelMessage message(Viewer viewer, @PathVariable String id, @PathVariable String messageId) {
        return channels.message(viewer, id, messageId);
    }

    @GetMapping("/api/talks/{id}/disclosures")
    @Operation(summary = "The disclosure log: who was told what, when (the mediator: all; a party: what it was told)")
    List<Disclosure> disclosures(Viewer viewer, @PathVariable String id) {
        return channels.disclosures(viewer, id);
    }
}
