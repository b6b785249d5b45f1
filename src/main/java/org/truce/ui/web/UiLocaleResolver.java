package org.truce.ui.web;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Locale;
import java.util.TimeZone;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleTimeZoneAwareLocaleContext;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.LocaleContextResolver;
import org.truce.ui.Languages;
import org.truce.ui.ZonedTimes;

/**
 * The reader's language and time zone, each remembered in its own cookie: the language chosen in
 * the header (else the browser's Accept-Language, else English), the zone the browser reports
 * ({@code Intl.DateTimeFormat().resolvedOptions().timeZone}, set by {@code truce.js}) or chosen in
 * the header (else UTC).
 */
class UiLocaleResolver implements LocaleContextResolver {

    static final String LANGUAGE_COOKIE = "truce-lang";
    static final String ZONE_COOKIE = "truce-tz";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    @Override
    public LocaleContext resolveLocaleContext(HttpServletRequest request) {
        return new SimpleTimeZoneAwareLocaleContext(resolveLocale(request), TimeZone.getTimeZone(zone(request)));
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return Languages.of(cookie(request, LANGUAGE_COOKIE))
                .orElseGet(() -> Languages.preferred(Collections.list(request.getLocales())));
    }

    static ZoneId zone(HttpServletRequest request) {
        return ZonedTimes.zone(cookie(request, ZONE_COOKIE)).orElse(ZoneOffset.UTC);
    }

    @Override
    public void setLocaleContext(HttpServletRequest request, HttpServletResponse response, LocaleContext context) {
        if (context != null && context.getLocale() != null) {
            setLocale(request, response, context.getLocale());
        }
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Languages.of(locale == null ? null : locale.getLanguage())
                .ifPresent(language -> write(response, LANGUAGE_COOKIE, language.getLanguage()));
    }

    static void setZone(HttpServletResponse response, ZoneId zone) {
        write(response, ZONE_COOKIE, zone.getId());
    }

    private static void write(HttpServletResponse response, String name, String value) {
        // a preference, not a secret: the browser's script reads and sets the zone cookie itself
        response.addHeader("Set-Cookie", ResponseCookie.from(name, value).path("/").maxAge(ONE_YEAR)
                .sameSite("Lax").build().toString());
    }

    private static String cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (name.equals(cookie.getName())) {
                return cookie.getValue();
            }
        }
        return null;
    }
}
