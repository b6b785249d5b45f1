package org.truce.sites;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.truce.access.AccessRules;
import org.truce.access.Action;
import org.truce.access.Facts;
import org.truce.access.Kind;
import org.truce.geo.GeoJson;
import org.truce.geo.Regions;
import org.truce.shared.Conflict;
import org.truce.shared.FieldProblem;
import org.truce.shared.Forbidden;
import org.truce.shared.Ids;
import org.truce.shared.InvalidInput;
import org.truce.shared.NotFound;
import org.truce.shared.Recording;
import org.truce.shared.Viewer;
import org.truce.shared.WritePath;

/**
 * The protected-site registry: parties nominate their sites (one at a time or in bulk), the
 * mediator accepts or contests them, the other party may contest them where it can see them,
 * owners withdraw them. Every change is one ledger entry; every read is filtered for the viewer
 * (a party sees its own sites and, where the agreement exchanges the lists, the other's).
 */
public final class Sites {

    public static final String ID_PREFIX = "site";
    /** Problems listed in one refusal of a bulk file; the rest are counted. */
    static final int MAX_LISTED_PROBLEMS = 1000;
    private static final int STORE_BATCH = 1000;

    private final WritePath writes;
    private final SiteStore store;
    private final SiteIndex index;
    private final Regions regions;
    private final Supplier<Set<String>> parties;
    private final SiteVisibility visibility;
    private final int maxImportRows;

    /**
     * @param parties       the registered party codes, asked at each nomination
     * @param visibility    which sites each viewer may see
     * @param maxImportRows the most rows one bulk file may hold
     */
    public Sites(WritePath writes, SiteStore store, SiteIndex index, Regions regions, Supplier<Set<String>> parties,
                 SiteVisibility visibility, int maxImportRows) {
        this.writes = writes;
        this.store = store;
        this.index = index;
        this.regions = regions;
        this.parties = parties;
        this.visibility = visibility;
        this.maxImportRows = maxImportRows;
    }

    // ---- reading ---------------------------------------------------------------------------

    /** The site, or 404 when there is none the viewer may see (another party's unexchanged site). */
    public Site get(Viewer viewer, String id) {
        Ids.requireWellFormed(id, ID_PREFIX, "id");
        Site site = index.site(id).orElseThrow(() -> new NotFound("site", id));
        AccessRules.requireVisible(viewer, Kind.SITE, id, visibility.facts(viewer, site.owner()));
        return site;
    }

    /** The site's nomination and every status and control change, oldest first. */
    public List<SiteEvent.Sequenced> history(Viewer viewer, String id) {
        get(viewer, id);
        return store.events(id);
    }

    /** The sites the viewer may see that match the query; the total counts only those. */
    public SiteList list(Viewer viewer, SiteQuery query) {
        SiteVisibility.Filter visible = visibility.forViewer(viewer);
        Stream<SiteList.Entry> candidates;
        if (query.near() != null) {
            candidates = index.within(query.near()[0], query.near()[1], query.radiusMetres()).stream()
                    .filter(hit -> query.bbox() == null || meets(hit.site(), query))
                    .map(hit -> new SiteList.Entry(hit.site(), hit.distanceMetres()));
        } else if (query.bbox() != null) {
            candidates = index.intersecting(query.bbox()).stream().map(site -> new SiteList.Entry(site, null));
        } else {
            candidates = index.sites().map(site -> new SiteList.Entry(site, null));
        }
        List<SiteList.Entry> matching = candidates
                .filter(entry -> visible.sees(entry.site()) && query.matches(entry.site()))
                .toList();
        int from = Math.min(query.offset(), matching.size());
        int to = (int) Math.min((long) from + query.limit(), matching.size());
        return new SiteList(matching.size(), query.offset(), query.limit(), matching.subList(from, to));
    }

    private static boolean meets(Site site, SiteQuery query) {
        return query.bbox().intersects(site.geometry().getEnvelopeInternal())
                && GeoJson.FACTORY.toGeometry(query.bbox()).intersects(site.geometry());
    }

    /** The site its owner nominated from this source record (a plant's gppd_idnr), if any. */
    public Optional<Site> bySource(String owner, String source, String sourceRef) {
        return index.bySource(owner, source, sourceRef);
    }

    // ---- nominating --------------------------------------------------------------------------

    /** Nominates one site; a party only its own. */
    public Site nominate(Viewer viewer, SiteInput input) {
        requireMayNominate(viewer);
        SiteDraft draft = validation(viewer).require(input);
        if (draft.sourceRef() != null && index.bySource(draft.owner(), draft.source(), draft.sourceRef()).isPresent()) {
            throw new Conflict("sourceRef", "'" + draft.sourceRef() + "' of this source is nominated already");
        }
        String id = record(viewer, List.of(draft), null).get(0);
        return index.site(id).orElseThrow(() -> new IllegalStateException("the index missed site " + id));
    }

    /**
     * Nominates every site of a CSV or GeoJSON file, or none: every row is validated first and
     * each problem is named by its row ({@code row 17: latitude}).
     *
     * @return the new sites' ids, in file order
     */
    public List<String> importFile(Viewer viewer, SiteFile format, InputStream body) {
        requireMayNominate(viewer);
        SiteValidation validation = validation(viewer);
        List<SiteDraft> drafts = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Integer> rowOfSource = new HashMap<>();
        int[] problemCount = {0};
        format.read(body, maxImportRows, row -> {
            List<FieldProblem> found = new ArrayList<>(row.problems());
            if (found.isEmpty()) {
                SiteValidation.Result result = validation.validate(row.input(), row.fields());
                found.addAll(result.problems());
                if (result.valid()) {
                    duplicateSource(result.draft(), row, rowOfSource, found);
                    if (found.isEmpty() && problemCount[0] == 0) {
                        drafts.add(result.draft());
                    }
                }
            }
            problemCount[0] += found.size();
            found.stream().limit(Math.max(0, MAX_LISTED_PROBLEMS - problems.size())).forEach(problems::add);
        });
        if (problemCount[0] > 0) {
            if (problemCount[0] > problems.size()) {
                problems.add(new FieldProblem("body", (problemCount[0] - problems.size()) + " more problems not listed"));
            }
            throw new InvalidInput(problems);
        }
        return record(viewer, drafts, null);
    }

    private void duplicateSource(SiteDraft draft, SiteFile.Row row, Map<String, Integer> rowOfSource,
                                 List<FieldProblem> found) {
        if (draft.sourceRef() == null) {
            return;
        }
        String key = SiteStore.sourceKey(draft.owner(), draft.source(), draft.sourceRef());
        Integer earlier = rowOfSource.putIfAbsent(key, row.number());
        if (earlier != null) {
            found.add(new FieldProblem(row.fields().apply("sourceRef"), "'" + draft.sourceRef()
                    + "' of this source is also on row " + earlier));
        } else if (index.bySource(draft.owner(), draft.source(), draft.sourceRef()).isPresent()) {
            found.add(new FieldProblem(row.fields().apply("sourceRef"), "'" + draft.sourceRef()
                    + "' of this source is nominated already"));
        }
    }

    /**
     * Imports sites that the mediator has already checked (the shipped power plants): each is
     * nominated and accepted in the same write, all or none.
     */
    public List<String> importAccepted(Viewer viewer, List<SiteInput> inputs, String reason) {
        AccessRules.require(viewer, Kind.SITE, Action.DECIDE, Facts.NONE);
        SiteValidation validation = validation(viewer);
        List<SiteDraft> drafts = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            int row = i + 1;
            SiteValidation.Result result = validation.validate(inputs.get(i), field -> "row " + row + ": " + field);
            problems.addAll(result.problems());
            if (result.valid()) {
                drafts.add(result.draft());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return drafts.isEmpty() ? List.of() : record(viewer, drafts, reason);
    }

    /** Stores the drafts as nominations (and acceptances when {@code acceptReason} is set) in one write. */
    private List<String> record(Viewer viewer, List<SiteDraft> drafts, String acceptReason) {
        List<String> sourceKeys = drafts.stream().filter(d -> d.sourceRef() != null)
                .map(d -> SiteStore.sourceKey(d.owner(), d.source(), d.sourceRef())).toList();
        Actor actor = Actor.of(viewer);
        return writes.write(viewer, tx -> {
            Set<String> taken = sourceKeys.isEmpty() ? Set.of() : store.takenSourceKeys(sourceKeys);
            List<String> ids = new ArrayList<>(drafts.size());
            List<SiteEvent.Sequenced> batch = new ArrayList<>();
            for (SiteDraft draft : drafts) {
                if (draft.sourceRef() != null
                        && taken.contains(SiteStore.sourceKey(draft.owner(), draft.source(), draft.sourceRef()))) {
                    throw new Conflict("sourceRef", "'" + draft.sourceRef() + "' of this source is nominated already");
                }
                String id = Ids.next(ID_PREFIX);
                Nomination nomination = Nomination.of(id, draft, actor, tx.now());
                batch.add(new SiteEvent.Sequenced(tx.record(Recording.confidential(nomination.action(), id,
                        nomination.content())), nomination));
                if (acceptReason != null) {
                    StatusChange accepted = new StatusChange(id, SiteStatus.ACCEPTED, acceptReason, actor, tx.now());
                    batch.add(new SiteEvent.Sequenced(tx.record(Recording.confidential(accepted.action(), id,
                            accepted.content())), accepted));
                }
                ids.add(id);
                if (batch.size() >= STORE_BATCH) {
                    store.append(batch);
                    batch.clear();
                }
            }
            store.append(batch);
            return ids;
        });
    }

    private SiteValidation validation(Viewer viewer) {
        return new SiteValidation(viewer, parties.get(), regions);
    }

    private static void requireMayNominate(Viewer viewer) {
        if (!AccessRules.roleMay(viewer.role(), Kind.SITE, Action.NOMINATE)) {
            throw new Forbidden("a " + viewer.role().code() + " may not nominate sites");
        }
    }

    // ---- deciding ----------------------------------------------------------------------------

    /**
     * Moves a site to {@code accepted} (mediator), {@code contested} (mediator, or the other party
     * where it sees the site; with a reason) or {@code withdrawn} (its owner).
     */
    public Site changeStatus(Viewer viewer, String id, String status, String reason) {
        Site site = get(viewer, id);
        SiteStatus target = SiteStatus.byCode(status).filter(s -> s != SiteStatus.NOMINATED)
                .orElseThrow(() -> InvalidInput.of("status", status == null || status.isBlank()
                        ? "required: accepted, contested or withdrawn"
                        : "'" + status.strip() + "' is not accepted, contested or withdrawn"));
        SiteStatusRules.requireAllowed(viewer, site, target, visibility.facts(viewer, site.owner()));
        String why = SiteStatusRules.reason(target, reason);
        Actor actor = Actor.of(viewer);
        writes.write(viewer, tx -> {
            SiteStatus current = store.currentStatus(id).orElseThrow(() -> new NotFound("site", id));
            SiteStatusRules.requireTransition(current, target);
            StatusChange change = new StatusChange(id, target, why, actor, tx.now());
            long seq = tx.record(Recording.confidential(change.action(), id, change.content()));
            store.append(List.of(new SiteEvent.Sequenced(seq, change)));
            return seq;
        });
        return index.site(id).orElseThrow();
    }

    /** The mediator marks whether the site's control is contested (held by the other side), with the reason. */
    public Site changeControl(Viewer viewer, String id, Boolean contested, String reason) {
        Site site = get(viewer, id);
        AccessRules.require(viewer, Kind.SITE, Action.DECIDE, visibility.facts(viewer, site.owner()));
        if (contested == null) {
            throw InvalidInput.of("contested", "required: true or false");
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (contested && why == null) {
            throw InvalidInput.of("reason", "required when control is contested: say who holds the site");
        }
        if (why != null && why.length() > SiteValidation.MAX_REASON) {
            throw InvalidInput.of("reason", "at most " + SiteValidation.MAX_REASON + " characters");
        }
        Actor actor = Actor.of(viewer);
        writes.write(viewer, tx -> {
            ControlChange change = new ControlChange(id, contested, why, actor, tx.now());
            long seq = tx.record(Recording.confidential(change.action(), id, change.content()));
            store.append(List.of(new SiteEvent.Sequenced(seq, change)));
            return seq;
        });
        return index.site(id).orElseThrow();
    }
}
