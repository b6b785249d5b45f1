package org.truce.verification.store;

import org.springframework.stereotype.Component;
import org.truce.access.AccessRules;
import org.truce.access.Action;
import org.truce.access.Facts;
import org.truce.access.Kind;
import org.truce.ledger.AppendedEntry;
import org.truce.ledger.LedgerListener;
import org.truce.ledger.LedgerRecordSource;
import org.truce.reports.Report;
import org.springframework.beans.factory.ObjectProvider;
import org.truce.reports.ReportStore;
import org.truce.shared.Viewer;
import org.truce.verification.DecisionRecords;
import org.truce.verification.IncidentDecision;
import org.truce.verification.IncidentDecisionStore;
import org.truce.verification.Incidents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Ties the engine to the ledger: at start the incidents are rebuilt from every report and
 * decision; then each committed {@code report.submitted} (of this instance or another on the same
 * database) joins its incident, each decision is applied, and a change to sites or agreements reads
 * every determination again. Runs after the sites' and agreements' followers (order 1000), so the
 * indexes it reads are current; the work itself is handed to the engine's own thread
 * ({@link Incidents#follow}), so the writer does not wait for correlation.
 */
@Component
public class IncidentsLedgerBinding implements LedgerListener, LedgerRecordSource {

    private final ObjectProvider<Incidents> engine;
    private final ReportStore reports;
    private final IncidentDecisionStore decisions;
    private final AtomicBoolean refreshQueued = new AtomicBoolean();

    /** The engine is looked up when first used: it writes (decisions) through the write path, which needs the followers. */
    public IncidentsLedgerBinding(ObjectProvider<Incidents> engine, ReportStore reports, IncidentDecisionStore decisions) {
        this.engine = engine;
        this.reports = reports;
        this.decisions = decisions;
    }

    @Override
    public int order() {
        return 1000;
    }

    @Override
    public void rebuild() {
        List<Report> all = new ArrayList<>();
        reports.forEach(all::add);
        engine.getObject().rebuild(all, decisions.all());
    }

    @Override
    public void onAppended(List<AppendedEntry> entries) {
        Incidents incidents = engine.getObject();
        List<String> batch = new ArrayList<>();
        boolean worldChanged = false;
        for (AppendedEntry entry : entries) {
            String action = entry.action();
            if (action == null) {
                continue;
            }
            if (action.equals(Report.SUBMITTED)) {
                batch.add(entry.subject());
            } else if (handles(action)) {
                batch = flush(incidents, batch);
                long seq = entry.seq();
                incidents.follow(() -> decisions.at(seq).ifPresent(incidents::onDecision));
            } else if (action.startsWith("site.") || action.startsWith("agreement.")) {
                worldChanged = true;
            }
        }
        flush(incidents, batch);
        if (worldChanged && !refreshQueued.getAndSet(true)) {
            // one refresh reads the world as it is when it runs: later changes queued before it need none of their own
            incidents.follow(() -> {
                refreshQueued.set(false);
                incidents.refreshAll();
            });
        }
    }

    /**
     * Hands the engine the batch's reports in ledger order, read (on the engine's thread) in one
     * query per thousand, not one each; answers a fresh batch.
     */
    private List<String> flush(Incidents incidents, List<String> batch) {
        if (batch.isEmpty()) {
            return batch;
        }
        incidents.follow(() -> {
            Map<String, Report> byId = new HashMap<>();
            reports.reports(batch).forEach(report -> byId.put(report.id(), report));
            incidents.onReports(batch.stream().map(byId::get).filter(Objects::nonNull).toList());
        });
        return new ArrayList<>();
    }

    @Override
    public boolean handles(String action) {
        return action.equals(Incidents.SPLIT) || action.equals(Incidents.MERGED) || action.equals(Incidents.TARGET_CLASSIFIED);
    }

    @Override
    public Optional<Object> content(String action, String subject, long seq, Viewer viewer) {
        if (!AccessRules.allows(viewer, Kind.INCIDENT, Action.CORRELATE, Facts.NONE)) {
            return Optional.empty();
        }
        return decisions.at(seq).map(DecisionRecords::of);
    }
}
