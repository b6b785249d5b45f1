package org.truce.ui.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.truce.ui.ProblemReasons;

import tools.jackson.databind.json.JsonMapper;

/**
 * What the pages' forms need besides their fields: the API's known refusal reasons in the
 * reader's language ({@link ProblemReasons}), as JSON for the forms' script.
 */
@Component
public class FormSupport {

    private final MessageSource messages;
    private final JsonMapper json = JsonMapper.builder().build();

    FormSupport(MessageSource messages) {
        this.messages = messages;
    }

    public String reasonsJson(Locale locale) {
        return json.writeValueAsString(ProblemReasons.translated(key -> messages.getMessage(key, null, key, locale)));
    }

    public String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
