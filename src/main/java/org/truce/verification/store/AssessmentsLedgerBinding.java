package org.truce.verification.store;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.truce.access.AccessRules;
import org.truce.access.Action;
import org.truce.access.Facts;
import org.truce.access.Kind;
import org.truce.ledger.AppendedEntry;
import org.truce.ledger.LedgerListener;
import org.truce.ledger.LedgerRecordSource;
import org.truce.shared.Viewer;
import org.truce.verification.Alert;
import org.truce.verification.Allegation;
import org.truce.verification.Assessment;
import org.truce.verification.AssessmentIndex;
import org.truce.verification.AssessmentStore;
import org.truce.verification.AssessmentEntries;
import org.truce.verification.Assignment;
import org.truce.verification.Reply;

/**
 * Ties the assessments to the ledger: the {@link AssessmentIndex} is loaded at start and refreshed,
 * per incident, on every committed entry of this part (from any instance), and each entry's
 * record is re-derived for an audit, for whoever may read it.
 */
@Component
public class AssessmentsLedgerBinding implements LedgerListener, LedgerRecordSource {

    private static final Set<String> INDEXED = Set.of(Assessment.RECORDED, Assessment.REVISED, Assessment.PUBLISHED,
            Allegation.PUT, Reply.SUBMITTED, Assignment.ASSIGNED);
    private static final Set<String> ALL = Set.of(Assessment.RECORDED, Assessment.REVISED, Assessment.PUBLISHED,
            Allegation.PUT, Reply.SUBMITTED, Assignment.ASSIGNED, Alert.RAISED, Alert.DELIVERED);

    private final AssessmentStore store;
    private final AssessmentIndex index;

    public AssessmentsLedgerBinding(AssessmentStore store, AssessmentIndex index) {
        this.store = store;
        this.index = index;
    }

    @Override
    public void rebuild() {
        index.rebuild();
    }

    @Override
    public void onAppended(List<AppendedEntry> entries) {
        Set<String> incidents = new LinkedHashSet<>();
        for (AppendedEntry entry : entries) {
            if (INDEXED.contains(entry.action())) {
                store.incidentOf(entry.action(), entry.subject(), entry.seq()).ifPresent(incidents::add);
            }
        }
        index.refresh(incidents);
    }

    @Override
    public boolean handles(String action) {
        return ALL.contains(action);
    }

    @Override
    public Optional<Object> content(String action, String subject, long seq, Viewer viewer) {
        if (!mayRead(action, subject, seq, viewer)) {
            return Optional.empty();
        }
        return AssessmentEntries.content(store, action, subject, seq);
    }

    private boolean mayRead(String action, String subject, long seq, Viewer viewer) {
        if (AccessRules.allows(viewer, Kind.ASSESSMENT, Action.READ, Facts.NONE)) {
            return true; // the mediator and the monitors read every record of this part
        }
        return switch (action) {
            case Assessment.PUBLISHED -> true;
            // of a finding, the published revision only: earlier drafts stay with the monitors
            case Assessment.RECORDED, Assessment.REVISED -> store.assessment(subject)
                    .map(a -> a.published() && a.seq() == seq).orElse(false);
            case Allegation.PUT -> store.incidentOf(action, subject, 0)
                    .flatMap(incident -> store.allegationsOf(incident).stream().filter(a -> a.id().equals(subject)).findFirst())
                    .map(a -> viewer.isParty(a.party())).orElse(false);
            case Reply.SUBMITTED -> store.incidentOf(action, subject, 0)
                    .flatMap(incident -> store.repliesOf(incident).stream().filter(r -> r.id().equals(subject)).findFirst())
                    .map(r -> AccessRules.allows(viewer, Kind.REPLY, Action.READ,
                            Facts.ownedBy(r.party()).published(index.published(r.incidentId()))))
                    .orElse(false);
            default -> false;
        };
    }
}
