package org.truce.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.truce.access.EndpointRule;
import org.truce.shared.Role;
import org.truce.shared.Viewer;

class UiPagesTest {

    private static final UiPages EVERY_DESTINATION = new UiPages(Arrays.stream(Destination.values()).map(Destination::page).toList());

    @Test
    void eachRoleSeesTheDestinationsTheIssueGivesIt() {
        assertThat(paths(Role.PUBLIC)).containsExactly("/map", "/agreements", "/findings", "/compliance", "/ledger");
        assertThat(paths(Role.PARTY)).containsExactly("/dashboard", "/map", "/reports/new", "/sites", "/agreements",
                "/findings", "/compliance", "/talks", "/ledger");
        assertThat(paths(Role.MONITOR)).containsExactly("/dashboard", "/map", "/queue", "/incidents", "/reports/new",
                "/sites", "/agreements", "/findings", "/compliance", "/ledger");
        assertThat(paths(Role.MEDIATOR)).containsExactly("/dashboard", "/map", "/queue", "/incidents", "/sites",
                "/agreements", "/findings", "/compliance", "/talks", "/ledger", "/accounts");
    }

    @Test
    void onlyRegisteredPagesAreListed() {
        UiPages two = new UiPages(List.of(Destination.MAP.page(), Destination.QUEUE.page()));
        assertThat(two.navigationFor(Role.MONITOR)).extracting(UiPage::path).containsExactly("/map", "/queue");
        assertThat(two.navigationFor(Role.PARTY)).extracting(UiPage::path).containsExactly("/map");
        assertThat(two.has(Destination.TALKS)).isFalse();
    }

    @Test
    void aSignedInViewerLandsOnTheDashboardOrItsFirstOwnPage() {
        Viewer ua = new Viewer("acc_1", "ua", Role.PARTY, "UA");
        Viewer monitor = new Viewer("acc_2", "monitor", Role.MONITOR, null);
        assertThat(EVERY_DESTINATION.homeOf(ua)).isEqualTo("/dashboard");
        assertThat(EVERY_DESTINATION.homeOf(Viewer.PUBLIC)).isEqualTo("/");
        UiPages noDashboard = new UiPages(List.of(Destination.MAP.page(), Destination.QUEUE.page()));
        assertThat(noDashboard.homeOf(monitor)).isEqualTo("/queue");
        assertThat(noDashboard.homeOf(ua)).isEqualTo("/map");
    }

    @Test
    void pagesThatAreNotPublicAdmitOnlyTheirRolesOnEverySubPath() {
        List<EndpointRule> rules = EVERY_DESTINATION.rules();
        assertThat(rules).extracting(EndpointRule::pattern).contains("/queue", "/queue/**", "/talks/**")
                .doesNotContain("/map", "/ledger/**");
        assertThat(rules).filteredOn(rule -> rule.pattern().startsWith("/talks"))
                .allSatisfy(rule -> assertThat(rule.roles()).isEqualTo(EnumSet.of(Role.MEDIATOR, Role.PARTY)));
        assertThat(EVERY_DESTINATION.pageAt("/queue/inc_1").map(UiPage::path)).contains("/queue");
        assertThat(EVERY_DESTINATION.pageAt("/queued")).isEmpty();
    }

    @Test
    void aPathCanBeRegisteredOnceAndNeverUnderTheApi() {
        assertThatThrownBy(() -> new UiPages(List.of(Destination.MAP.page(), Destination.MAP.page())))
                .hasMessageContaining("/map");
        assertThatThrownBy(() -> new UiPage("/api/things", "x", EnumSet.of(Role.PUBLIC), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> paths(Role role) {
        return EVERY_DESTINATION.navigationFor(role).stream().map(UiPage::path).toList();
    }
}
