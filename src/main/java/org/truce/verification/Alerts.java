package org.truce.verification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.truce.access.AccessRules;
import org.truce.access.Action;
import org.truce.access.Facts;
import org.truce.access.Kind;
import org.truce.shared.CanonicalJson;
import org.truce.shared.Conflict;
import org.truce.shared.Ids;
import org.truce.shared.Recording;
import org.truce.shared.Viewer;
import org.truce.shared.WritePath;

/**
 * Alerts the mediator and the monitors when an incident is a potential violation: one alert per
 * incident, ever, in the in-app feed, and, where configured, a signed webhook POST.
 *
 * <p>The engine tells its listeners on the thread that applies the ledger, where no write may
 * start; so this listener only queues the incident, and its own thread raises the alert through
 * the write path and then posts the webhook, outside any transaction and without holding up the
 * writer. Every instance follows the same ledger and so hears of the same incident, on every
 * start (the engine's rebuild) too: the alert's unique incident id in the database lets exactly one
 * write win, and only the instance that won posts the webhook. A delivery is tried three times;
 * its outcome is recorded (entry {@code alert.delivered}); an instance that stops between the
 * alert and its delivery does not retry it later (the feed shows it as {@code pending}).
 */
public final class Alerts implements IncidentListener {

    private static final Logger log = LoggerFactory.getLogger(Alerts.class);
    private static final Viewer SYSTEM = Viewer.system("alerts");

    private final WritePath writes;
    private final AssessmentStore store;
    private final Optional<AlertWebhook> webhook;
    private final Clock clock;
    private final BlockingQueue<IncidentFacts> queue = new LinkedBlockingQueue<>();
    private final AtomicInteger busy = new AtomicInteger();
    /** Incidents known to have an alert (loaded once, then grown): the engine repeats itself often. */
    private final java.util.Set<String> alerted = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile boolean alertedLoaded;
    private volatile Thread worker;
    private volatile boolean running;

    public Alerts(WritePath writes, AssessmentStore store, Optional<AlertWebhook> webhook, Clock clock) {
        this.writes = writes;
        this.store = store;
        this.webhook = webhook;
        this.clock = clock;
    }

    @Override
    public void incidentsChanged(List<IncidentFacts> changed) {
        for (IncidentFacts incident : changed) {
            if (incident.verdict() == Verdict.POTENTIAL_VIOLATION && !alerted.contains(incident.id())) {
                busy.incrementAndGet();
                queue.add(incident);
            }
        }
    }

    /** The feed, newest first; mediator and monitors. */
    public List<Alert> feed(Viewer viewer, Long before, int limit) {
        AccessRules.require(viewer, Kind.ALERT, Action.READ, Facts.NONE);
        return store.alerts(before, Math.max(1, Math.min(limit, 500))).stream()
                .map(a -> a.delivery() != null ? a
                        : new Alert(a.id(), a.incidentId(), a.kind(), a.raisedAt(), a.summary(), a.seq(),
                        webhook.isPresent() ? "pending" : "not_configured"))
                .toList();
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        Thread thread = new Thread(this::run, "truce-alerts");
        thread.setDaemon(true);
        worker = thread;
        thread.start();
    }

    public synchronized void stop() {
        running = false;
        Thread thread = worker;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public boolean isRunning() {
        return running;
    }

    /** Waits until every incident heard of so far is handled (for tests and the demo); false on timeout. */
    public boolean awaitIdle(long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (busy.get() > 0) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    private void run() {
        while (running) {
            IncidentFacts incident;
            try {
                incident = queue.poll(500, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (incident == null) {
                continue;
            }
            try {
                handle(incident);
            } catch (RuntimeException e) {
                log.warn("alert for incident {} not raised", incident.id(), e);
            } finally {
                busy.decrementAndGet();
            }
        }
    }

    /** Raises the alert unless one exists; then, if this instance raised it, posts the webhook. */
    void handle(IncidentFacts incident) {
        if (!alertedLoaded) {
            alerted.addAll(store.alertedIncidents());
            alertedLoaded = true;
        }
        if (alerted.contains(incident.id()) || store.alerted(incident.id())) {
            alerted.add(incident.id());
            return;
        }
        Alert.Raised raised;
        try {
            raised = writes.write(SYSTEM, tx -> {
                if (store.alerted(incident.id())) {
                    throw new Conflict(null, "already alerted");
                }
                Alert.Raised alert = new Alert.Raised(Ids.next(Alert.ID_PREFIX), incident.id(), Alert.POTENTIAL_VIOLATION,
                        tx.now(), summary(incident));
                long seq = tx.record(Recording.confidential(Alert.RAISED, alert.alert(), alert));
                store.insertAlert(alert, seq);
                return alert;
            });
            alerted.add(incident.id());
        } catch (RuntimeException e) {
            if (store.alerted(incident.id())) {
                alerted.add(incident.id());
                return; // another instance (or an earlier run) won the race: its alert stands, not ours
            }
            throw e;
        }
        webhook.ifPresent(hook -> {
            Alert.Delivery delivery = hook.deliver(raised.alert(), body(raised), clock);
            writes.write(SYSTEM, tx -> {
                Alert.Delivery recorded = new Alert.Delivery(delivery.alert(), delivery.outcome(), delivery.attempts(),
                        delivery.statusCode(), delivery.detail(), tx.now());
                long seq = tx.record(Recording.confidential(Alert.DELIVERED, recorded.alert(), recorded));
                store.insertDelivery(recorded, seq);
                return seq;
            });
            if (!delivery.outcome().equals("delivered")) {
                log.warn("webhook for alert {} failed after {} attempts: {}", raised.alert(), delivery.attempts(),
                        delivery.detail());
            }
        });
    }

    /** The webhook's JSON body (canonical, so a receiver may re-serialise and still verify). */
    public static byte[] body(Alert.Raised alert) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("alert", alert.alert());
        body.put("kind", alert.kind());
        body.put("incident", alert.incident());
        body.put("raisedAt", alert.raisedAt().toString());
        body.put("summary", alert.summary());
        body.put("link", "/api/incidents/" + alert.incident());
        return CanonicalJson.bytes(body);
    }

    static String summary(IncidentFacts incident) {
        StringBuilder text = new StringBuilder("Potential violation");
        if (incident.regionId() != null) {
            text.append(" in ").append(incident.regionId());
        }
        if (incident.earliest() != null) {
            LocalDate day = IncidentDays.localDay(incident.earliest(), incident.latest(), incident.regionId());
            text.append(" on ").append(day);
        }
        if (!incident.accused().isEmpty()) {
            text.append(", claims accuse ").append(String.join(" and ", new TreeSet<>(incident.accused())));
        }
        text.append(" (").append(incident.reportIds().size()).append(incident.reportIds().size() == 1 ? " claim)" : " claims)");
        return text.toString();
    }
}
