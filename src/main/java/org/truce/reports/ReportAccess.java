package org.truce.reports;

import java.util.Set;
import java.util.function.Supplier;

import org.truce.access.AccessRules;
import org.truce.access.Action;
import org.truce.access.Facts;
import org.truce.access.Kind;
import org.truce.shared.Role;
import org.truce.shared.Viewer;

/**
 * Who may read which report, per {@link AccessRules} (kind REPORT): the submitting party its own,
 * the monitors and the mediator all, a party what was shared with it, anyone what was published.
 * Disclosure is asked of the {@link ReportDisclosure} SPI on every read.
 */
public final class ReportAccess {

    private final Supplier<ReportDisclosure> disclosure;

    public ReportAccess(Supplier<ReportDisclosure> disclosure) {
        this.disclosure = disclosure;
    }

    public ReportDisclosure disclosure() {
        ReportDisclosure current = disclosure.get();
        return current == null ? ReportDisclosure.NOTHING : current;
    }

    public Facts facts(Report report) {
        ReportDisclosure current = disclosure();
        return Facts.ownedBy(report.owner())
                .sharedWith(current.sharedWith(report.id()))
                .published(current.published(report.id()));
    }

    public boolean mayRead(Viewer viewer, Report report) {
        return AccessRules.allows(viewer, Kind.REPORT, Action.READ, facts(report));
    }

    /** Throws not-found (never forbidden) when the viewer may not read the report. */
    public void requireReadable(Viewer viewer, Report report) {
        AccessRules.requireVisible(viewer, Kind.REPORT, report.id(), facts(report));
    }

    /** The reports a viewer's lists and counts range over. */
    public ReportStore.Visibility visibility(Viewer viewer) {
        if (AccessRules.allows(viewer, Kind.REPORT, Action.READ, Facts.NONE)) {
            return ReportStore.Visibility.ALL;
        }
        ReportDisclosure current = disclosure();
        if (viewer.is(Role.PARTY)) {
            return new ReportStore.Visibility(false, viewer.party(), current.disclosedTo(viewer.party()));
        }
        Set<String> published = current.publishedReports();
        return new ReportStore.Visibility(false, null, published);
    }
}
