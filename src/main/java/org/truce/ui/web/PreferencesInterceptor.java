package org.truce.ui.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.truce.ui.Languages;
import org.truce.ui.ZonedTimes;

/**
 * The header's switches: {@code ?lang=uk} and {@code ?tz=Europe/Kyiv} on any page store the
 * choice in its cookie and show the same page again, in the new language or zone, without them.
 */
class PreferencesInterceptor implements HandlerInterceptor {

    private final UiLocaleResolver resolver;

    PreferencesInterceptor(UiLocaleResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!"GET".equals(request.getMethod())) {
            return true;
        }
        String lang = request.getParameter("lang");
        String tz = request.getParameter("tz");
        if (lang == null && tz == null) {
            return true;
        }
        Languages.of(lang).ifPresent(language -> resolver.setLocale(request, response, language));
        ZonedTimes.zone(tz).ifPresent(zone -> UiLocaleResolver.setZone(response, zone));
        String same = request.getRequestURI();
        String query = ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("lang")
                .replaceQueryParam("tz").build().getQuery();
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", query == null || query.isEmpty() ? same : same + "?" + query);
        return false;
    }
}
