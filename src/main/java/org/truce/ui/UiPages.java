package org.truce.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.truce.access.EndpointRule;
import org.truce.access.PathRules;
import org.truce.shared.Role;
import org.truce.shared.Viewer;

/**
 * The registry of the pages that exist: each role's navigation, each role's home after sign-in,
 * and (as {@link PathRules}) who may open each page.
 */
public final class UiPages implements PathRules {

    private final List<UiPage> pages;

    public UiPages(List<UiPage> registered) {
        Map<String, UiPage> byPath = new HashMap<>();
        for (UiPage page : registered) {
            UiPage earlier = byPath.putIfAbsent(page.path(), page);
            if (earlier != null) {
                throw new IllegalStateException("two pages registered at " + page.path());
            }
        }
        List<UiPage> sorted = new ArrayList<>(registered);
        sorted.sort(Comparator.comparingInt(UiPage::order).thenComparing(UiPage::path));
        this.pages = List.copyOf(sorted);
    }

    public List<UiPage> all() {
        return pages;
    }

    /** What the role's navigation lists, in order. */
    public List<UiPage> navigationFor(Role role) {
        return pages.stream().filter(page -> page.openTo(role)).toList();
    }

    public boolean has(Destination destination) {
        return pages.stream().anyMatch(page -> page.path().equals(destination.path()));
    }

    /** The registered page a request path belongs to (the page itself or one of its sub-paths). */
    public Optional<UiPage> pageAt(String requestPath) {
        return pages.stream()
                .filter(page -> requestPath.equals(page.path()) || requestPath.startsWith(page.path() + "/"))
                .max(Comparator.comparingInt(page -> page.path().length()));
    }

    /** Where a viewer lands after signing in: the dashboard when it exists, else the first page it may open. */
    public String homeOf(Viewer viewer) {
        if (viewer.isPublic()) {
            return "/";
        }
        List<UiPage> navigation = navigationFor(viewer.role());
        return navigation.stream().filter(page -> page.path().equals(Destination.DASHBOARD.path())).findFirst()
                .or(() -> navigation.stream().filter(page -> !page.isPublic()).findFirst())
                .or(() -> navigation.stream().findFirst())
                .map(UiPage::path).orElse("/");
    }

    /** A page that is not public admits only its roles, on its path and every sub-path. */
    @Override
    public List<EndpointRule> rules() {
        List<EndpointRule> rules = new ArrayList<>();
        for (UiPage page : pages) {
            if (!page.isPublic()) {
                rules.add(new EndpointRule("*", page.path(), page.roles()));
                rules.add(new EndpointRule("*", page.path() + "/**", page.roles()));
            }
        }
        return rules;
    }
}
