package org.truce.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.truce.shared.Means;
import org.truce.shared.Role;
import org.truce.shared.Viewer;

/** Who reads which report, with disclosure decided elsewhere (the SPI). */
class ReportAccessTest {

    private static final Viewer UA = new Viewer("acc_ua", "ua", Role.PARTY, "UA");
    private static final Viewer RU = new Viewer("acc_ru", "ru", Role.PARTY, "RU");
    private static final Viewer MONITOR = new Viewer("acc_m", "monitor", Role.MONITOR, null);

    private static Report report(String id, String owner) {
        return new Report(id, Instant.EPOCH, "acc", owner == null ? "monitor" : "party", owner,
                new ReportSource(SourceKind.MONITOR, null, null, null, null), ReportTime.exact(Instant.EPOCH), null, null,
                List.of(), new Target(null, null, "x"), Means.UNKNOWN, Outcome.HIT, null, null, null, List.of(), null, null);
    }

    private static ReportDisclosure disclosing(String shared, String sharedWith, String published) {
        return new ReportDisclosure() {
            public Set<String> sharedWith(String reportId) {
                return reportId.equals(shared) ? Set.of(sharedWith) : Set.of();
            }

            public boolean published(String reportId) {
                return reportId.equals(published);
            }

            public Set<String> disclosedTo(String party) {
                return party.equals(sharedWith) ? Set.of(shared, published) : Set.of(published);
            }

            public Set<String> publishedReports() {
                return Set.of(published);
            }
        };
    }

    @Test
    void withoutDisclosureAPartyReadsOnlyItsOwn() {
        ReportAccess access = new ReportAccess(() -> null);
        assertThat(access.mayRead(UA, report("rep_a", "UA"))).isTrue();
        assertThat(access.mayRead(RU, report("rep_a", "UA"))).isFalse();
        assertThat(access.mayRead(MONITOR, report("rep_a", "UA"))).isTrue();
        assertThat(access.mayRead(Viewer.PUBLIC, report("rep_a", "UA"))).isFalse();
        assertThat(access.visibility(RU).ids()).isEmpty();
        assertThat(access.visibility(RU).owner()).isEqualTo("RU");
        assertThat(access.visibility(MONITOR).all()).isTrue();
    }

    @Test
    void aSharedReportIsReadByThePartyItWasSharedWithAndAPublishedOneByAnyone() {
        ReportAccess access = new ReportAccess(() -> disclosing("rep_shared", "RU", "rep_published"));
        assertThat(access.mayRead(RU, report("rep_shared", "UA"))).isTrue();
        assertThat(access.mayRead(Viewer.PUBLIC, report("rep_shared", "UA"))).isFalse();
        assertThat(access.mayRead(Viewer.PUBLIC, report("rep_published", "UA"))).isTrue();
        assertThat(access.mayRead(RU, report("rep_other", "UA"))).isFalse();
        assertThat(access.visibility(RU).ids()).containsExactlyInAnyOrder("rep_shared", "rep_published");
        assertThat(access.visibility(Viewer.PUBLIC).ids()).containsExactly("rep_published");
    }
}
