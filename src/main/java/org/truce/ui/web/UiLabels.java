package org.truce.ui.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.truce.access.Accounts;
import org.truce.access.Party;
import org.truce.geo.Region;
import org.truce.geo.Regions;

/**
 * Names the pages show for codes (templates: {@code ${@uiLabels.party('UA', #locale)}}): a
 * party's name in the reader's language where the messages have it, else as registered; a
 * region's name in the reader's language.
 */
@Component("uiLabels")
public class UiLabels {

    private final MessageSource messages;
    private final Accounts accounts;
    private final Regions regions;

    UiLabels(MessageSource messages, Accounts accounts, Regions regions) {
        this.messages = messages;
        this.accounts = accounts;
        this.regions = regions;
    }

    public String party(String code, Locale locale) {
        if (code == null) {
            return "";
        }
        String registered = accounts.party(code).map(Party::name).orElse(code);
        return messages.getMessage("party." + code, null, registered, locale);
    }

    /** Parties' names in the reader's language, joined by commas. */
    public String parties(List<String> codes, Locale locale) {
        return String.join(", ", codes.stream().map(code -> party(code, locale)).toList());
    }

    public List<Party> parties() {
        return accounts.parties();
    }

    public String region(String id, Locale locale) {
        Optional<Region> region = regions.byId(id);
        return region.map(r -> r.name(locale.getLanguage())).orElse(id);
    }

    /** Regions' names in the reader's language, joined by commas. */
    public String regions(List<String> ids, Locale locale) {
        return String.join(", ", ids.stream().map(id -> region(id, locale)).toList());
    }

    /** A number in the reader's language, with at most two decimals (a capacity, a distance); empty for none. */
    public String number(Double value, Locale locale) {
        if (value == null) {
            return "";
        }
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** A message by key, or the fallback when there is none (a code the messages do not name). */
    public String message(String key, String fallback, Locale locale) {
        return messages.getMessage(key, null, fallback, locale);
    }
}
