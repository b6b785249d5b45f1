package org.truce.ui.web;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.truce.shared.Viewer;
import org.truce.ui.Languages;
import org.truce.ui.LayoutPages;
import org.truce.ui.UiPage;
import org.truce.ui.UiPages;
import org.truce.ui.ZonedTimes;

/** Puts the layout's {@link Frame} into the model of every page, error pages and features' {@link LayoutPages} included. */
@ControllerAdvice(basePackageClasses = FrameAdvice.class, assignableTypes = {ErrorController.class, LayoutPages.class})
class FrameAdvice {

    /** Offered in the header's zone switch besides the reader's own: the delegations' and the mediator's. */
    static final List<String> SUGGESTED_ZONES = List.of("Europe/Kyiv", "Europe/Moscow", "Asia/Qatar", "UTC");

    private final UiPages pages;

    FrameAdvice(UiPages pages) {
        this.pages = pages;
    }

    @ModelAttribute("frame")
    Frame frame(Viewer viewer, HttpServletRequest request, Locale locale) {
        String path = currentPath(request);
        String current = pages.pageAt(path).map(UiPage::path).orElse(path);
        List<Frame.NavItem> navigation = pages.navigationFor(viewer.role()).stream()
                .map(page -> new Frame.NavItem(page.path(), page.labelKey(), page.path().equals(current)))
                .toList();
        ZoneId zone = UiLocaleResolver.zone(request);
        List<String> zones = new ArrayList<>(SUGGESTED_ZONES);
        if (!zones.contains(zone.getId())) {
            zones.add(0, zone.getId());
        }
        String language = Languages.of(locale.getLanguage()).orElse(Languages.DEFAULT).getLanguage();
        return new Frame(viewer, navigation, path, language, Languages.SUPPORTED,
                new ZonedTimes(Locale.forLanguageTag(language), zone), List.copyOf(zones), pages.homeOf(viewer));
    }

    private static String currentPath(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = original instanceof String error ? error : request.getRequestURI();
        return uri.substring(request.getContextPath().length());
    }
}
