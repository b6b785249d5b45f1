package org.truce.ui.web.agreements;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.truce.agreement.AgreementView;
import org.truce.agreement.Agreements;
import org.truce.agreement.VersionView;
import org.truce.shared.InvalidInput;
import org.truce.shared.Role;
import org.truce.shared.Viewer;
import org.truce.ui.web.Frame;
import org.truce.ui.web.PageController;
import org.truce.ui.web.UiLabels;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * The agreements the viewer may see, and one agreement: the terms of a version in words, two
 * versions side by side, the signatures and how anyone checks them, the status at an instant.
 * The mediator also sees drafts and what the vagueness check found; a party sees how to sign
 * with its own key in its own command line (never in the browser).
 */
@Controller
@Hidden
class AgreementsPageController extends PageController {

    private final Agreements agreements;
    private final UiLabels labels;
    private final MessageSource messages;

    AgreementsPageController(Agreements agreements, UiLabels labels, MessageSource messages) {
        this.agreements = agreements;
        this.labels = labels;
        this.messages = messages;
    }

    @GetMapping("/agreements")
    String list(Viewer viewer, Model model, @RequestParam(required = false) String at) {
        Instant instant = instant(at, frame(model).times().zone());
        model.addAttribute("agreements", agreements.list(viewer, instant));
        addAt(model, at, instant);
        return "agreements/list";
    }

    @GetMapping("/agreements/{id}")
    String agreement(Viewer viewer, Locale locale, Model model, @PathVariable String id,
                     @RequestParam(required = false) String at, @RequestParam(required = false) Integer version,
                     @RequestParam(required = false) Integer left, @RequestParam(required = false) Integer right) {
        Frame frame = frame(model);
        Instant instant = instant(at, frame.times().zone());
        AgreementView agreement = agreements.get(viewer, id, instant);
        List<VersionView> versions = agreement.versions();
        int shown = Optional.ofNullable(version).filter(v -> find(versions, v).isPresent())
                .or(() -> Optional.ofNullable(agreement.governingVersion()))
                .orElse(agreement.latestVersion());
        VersionView current = find(versions, shown).orElseThrow();
        TermsPresenter presenter = new TermsPresenter(key -> messages.getMessage(key, null, key, locale), locale,
                labels, frame.times());
        model.addAttribute("agreement", agreement);
        model.addAttribute("current", current);
        model.addAttribute("terms", presenter.lines(current.terms()));
        addAt(model, at, instant);
        if (versions.size() > 1) {
            int l = Optional.ofNullable(left).filter(v -> find(versions, v).isPresent())
                    .orElse(versions.get(versions.size() - 2).version());
            int r = Optional.ofNullable(right).filter(v -> find(versions, v).isPresent())
                    .orElse(versions.get(versions.size() - 1).version());
            model.addAttribute("left", l);
            model.addAttribute("right", r);
            model.addAttribute("comparison", TermsComparison.compare(presenter.lines(find(versions, l).orElseThrow().terms()),
                    presenter.lines(find(versions, r).orElseThrow().terms())));
        }
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        model.addAttribute("base", base);
        model.addAttribute("seesDrafts", !viewer.isPublic() && (viewer.is(Role.MEDIATOR) || viewer.is(Role.MONITOR)
                || agreement.parties().contains(viewer.party())));
        model.addAttribute("signing", signing(viewer, agreement));
        model.addAttribute("hasKey", viewer.party() != null && agreements.publicKey(viewer.party()).isPresent());
        model.addAttribute("keys", agreement.parties().stream().map(agreements::publicKey).flatMap(Optional::stream)
                .toList());
        return "agreements/agreement";
    }

    /** The version the viewer's party may sign now, if any: the latest, signable, not yet signed by it. */
    private static VersionView signing(Viewer viewer, AgreementView agreement) {
        if (!viewer.is(Role.PARTY) || !agreement.parties().contains(viewer.party())) {
            return null;
        }
        VersionView latest = find(agreement.versions(), agreement.latestVersion()).orElse(null);
        if (latest == null || !latest.signable()
                || latest.signatures().stream().anyMatch(s -> s.party().equals(viewer.party()))) {
            return null;
        }
        return latest;
    }

    private static Optional<VersionView> find(List<VersionView> versions, int number) {
        return versions.stream().filter(v -> v.version() == number).findFirst();
    }

    private static Frame frame(Model model) {
        return (Frame) model.getAttribute("frame");
    }

    private static void addAt(Model model, String at, Instant instant) {
        model.addAttribute("at", instant);
        model.addAttribute("atGiven", at != null && !at.isBlank());
        model.addAttribute("atLocal", at != null && !at.isBlank()
                ? LocalDateTime.ofInstant(instant, frame(model).times().zone()).truncatedTo(ChronoUnit.MINUTES).toString() : "");
    }

    /** {@code ?at=}: an ISO instant, or a local date-time (a datetime-local field) read in the reader's zone; now when absent. */
    static Instant instant(String text, ZoneId zone) {
        if (text == null || text.isBlank()) {
            return Instant.now().truncatedTo(ChronoUnit.MILLIS);
        }
        String trimmed = text.strip();
        try {
            return OffsetDateTime.parse(trimmed).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(trimmed).atZone(zone).toInstant();
            } catch (DateTimeException notLocal) {
                throw InvalidInput.of("at", "an instant such as 2025-03-20T12:00:00Z");
            }
        }
    }
}
