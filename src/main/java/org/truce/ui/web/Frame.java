package org.truce.ui.web;

import java.util.List;

import org.truce.shared.Viewer;
import org.truce.ui.ZonedTimes;

/**
 * What the shared layout shows around every page: the viewer's navigation, the language and
 * time-zone switches, who is signed in. Templates read it as {@code ${frame}}.
 */
public record Frame(Viewer viewer, List<NavItem> navigation, String currentPath, String language,
                    List<String> languages, ZonedTimes times, List<String> suggestedZones, String home) {

    public boolean signedIn() {
        return !viewer.isPublic();
    }

    /** The message key of the viewer's role ({@code role.mediator}). */
    public String roleKey() {
        return "role." + viewer.role().code();
    }

    public String zone() {
        return times.zone().getId();
    }

    /** One navigation link; {@code current} when it is the page shown (or one of its sub-pages). */
    public record NavItem(String path, String labelKey, boolean current) {
    }
}
