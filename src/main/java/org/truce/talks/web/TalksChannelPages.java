package org.truce.talks.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.truce.shared.Viewer;
import org.truce.talks.MessageType;
import org.truce.talks.TalksChannels;
import org.truce.talks.TalksInputs.MessageInput;
import org.truce.talks.TalksProcesses;
import org.truce.talks.TalksViews.TalksOverview;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * The private channel: a party sees its own channel with the mediator; the mediator each party's
 * channel in turn, with what it disclosed to that party.
 */
@Controller
@Hidden
class TalksChannelPages extends TalksPageSupport {

    private final TalksChannels channels;

    TalksChannelPages(TalksProcesses processes, MessageSource messages, TalksChannels channels) {
        super(processes, messages);
        this.channels = channels;
    }

    /** A party's own channel; the mediator starts with the first party's. */
    @GetMapping("/talks/{id}/channel")
    String own(Viewer viewer, @PathVariable String id) {
        String party = viewer.party() != null ? viewer.party() : processes.overview(viewer, id).talks().parties().get(0);
        return "redirect:/talks/" + id + "/channel/" + party;
    }

    @GetMapping("/talks/{id}/channel/{party}")
    String channel(Viewer viewer, @PathVariable String id, @PathVariable String party, Model model, Locale locale) {
        TalksOverview talks = frame(viewer, id, "channel", model, locale);
        model.addAttribute("channelParty", party);
        model.addAttribute("messages", channels.messages(viewer, id, party));
        model.addAttribute("disclosures", channels.disclosures(viewer, id).stream().filter(d -> d.party().equals(party)).toList());
        model.addAttribute("channelParties", viewer.party() == null ? talks.talks().parties() : java.util.List.of(party));
        model.addAttribute("messageTypes", MessageType.codes());
        return "talks/channel";
    }

    @PostMapping("/talks/{id}/channel/{party}")
    String send(Viewer viewer, @PathVariable String id, @PathVariable String party, @RequestParam(required = false) String type,
                @RequestParam(required = false) String text, RedirectAttributes flash) {
        return submit(flash, "/talks/" + id + "/channel/" + party, "talks.channel.sent",
                () -> channels.send(viewer, id, party, new MessageInput(type, text)));
    }
}
