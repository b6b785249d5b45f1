package org.truce.verification;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Function;

/**
 * The incidents as groups of claims: the connected components of {@link Linking#linked} (so the
 * same claims give the same incidents whatever order they came in), bent by monitors' decisions
 * (a split keeps its two sides apart and each side together; a merge keeps its reports together).
 * Incremental: a new claim is compared only with the claims an index of space cells and days puts
 * near it. Not thread-safe: {@link Incidents} guards it.
 *
 * <p>An incident's id derives from its oldest report's root ({@code rep_X} gives {@code inc_X}): it
 * stays as claims join, the older survives a merge, and the part with the oldest report keeps it
 * after a split.
 */
public final class Correlation {

    static final double CELL_DEGREES = 0.5;

    private final List<ClaimFacts> claims = new ArrayList<>();
    private final BitSet active = new BitSet();
    private int[] clusterOf = new int[16];
    // not final: a rebuild sizes them for its claims at once
    private Map<Integer, Cluster> clusters = new HashMap<>();
    private Map<String, Integer> clusterById = new HashMap<>();
    private RootIndex activeByRoot = new RootIndex();
    private CellDayIndex grid = new CellDayIndex();
    private final Map<String, IntList> bySite = new HashMap<>();
    private int nextClusterKey;
    private int[] seen = new int[16];
    private int stamp;

    // monitors' decisions, by report root
    private final Map<String, Set<Long>> tokens = new HashMap<>();
    private final Map<String, String> groupOf = new HashMap<>();
    private final Map<String, Set<String>> groupMembers = new HashMap<>();
    private final Map<String, IncidentDecision.TargetClassified> classifications = new HashMap<>();

    /** What an operation changed: incidents now present that changed, and ids that no longer exist. */
    public record Changes(Set<String> changed, Set<String> removed) {
        static Changes of(Set<String> before, Set<String> after) {
            Set<String> removed = new TreeSet<>(before);
            removed.removeAll(after);
            return new Changes(new TreeSet<>(after), removed);
        }
    }

    /** One incident's claims as correlation holds them. */
    public record Group(String id, List<ClaimFacts> claims) {
    }

    private static final class Cluster {
        final int key;
        final IntList members;
        String minRoot;
        private String id;
        private String idOf;

        Cluster(int key, int expectedSize) {
            this.key = key;
            this.members = new IntList(expectedSize);
        }

        String id() {
            // kept while the oldest root stays: readers ask for ids far more often than they change
            if (idOf != minRoot) {
                id = IncidentFacts.ID_PREFIX + minRoot.substring(minRoot.indexOf('_'));
                idOf = minRoot;
            }
            return id;
        }
    }

    /**
     * A full rebuild: the same incidents as adding the claims one by one (connected components of
     * the same links), computed by {@link LinkScan} on every core. Decisions that split incidents
     * make the order matter, so with any split the claims are added one by one after the decisions.
     */
    public static Correlation rebuild(List<ClaimFacts> ordered, List<IncidentDecision> decisions,
                                      Function<String, String> rootOf) {
        Correlation c = new Correlation();
        for (IncidentDecision d : decisions) {
            c.apply(d, rootOf);
        }
        if (decisions.stream().anyMatch(d -> d instanceof IncidentDecision.Split)) {
            ordered.forEach(c::add);
            return c;
        }
        // the latest claim of each correction chain (only corrections make a chain longer than one)
        Map<String, Integer> latest = new HashMap<>();
        boolean corrections = ordered.stream().anyMatch(claim -> claim.supersedes() != null);
        if (corrections) {
            for (int i = 0; i < ordered.size(); i++) {
                latest.put(ordered.get(i).rootId(), i);
            }
        }
        for (int i = 0; i < ordered.size(); i++) {
            if (!corrections || latest.get(ordered.get(i).rootId()) == i) {
                c.claims.add(ordered.get(i));
            }
        }
        int n = c.claims.size();
        c.active.set(0, n);
        c.ensureCapacity(n);
        // the lookups by root and site on another core while this one starts finding the links
        ForkJoinTask<?> lookups = ForkJoinPool.commonPool().submit(() -> {
            RootIndex byRoot = new RootIndex(n);
            for (int i = 0; i < n; i++) {
                ClaimFacts claim = c.claims.get(i);
                byRoot.put(claim.rootId(), i);
                if (claim.siteId() != null) {
                    c.bySite.computeIfAbsent(claim.siteId(), k -> new IntList()).add(i);
                }
            }
            c.activeByRoot = byRoot;
        });
        // decisions that split are handled above, so no two claims are kept apart here
        LinkScan.Components components = LinkScan.of(c.claims,
                c.groupOf.isEmpty() ? claim -> null : claim -> c.groupOf.get(claim.rootId()));
        lookups.join();
        c.grid = components.grid();
        int[] root = components.root();
        int[] size = new int[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            size[root[i]]++;
            count += root[i] == i ? 1 : 0;
        }
        c.clusters = new HashMap<>(capacity(count));
        c.clusterById = new HashMap<>(capacity(count));
        Cluster[] byRoot = new Cluster[n];
        for (int i = 0; i < n; i++) {
            Cluster cluster = root[i] == i ? (byRoot[i] = new Cluster(c.nextClusterKey++, size[i])) : byRoot[root[i]];
            cluster.members.add(i);
            c.clusterOf[i] = cluster.key;
            String rootId = c.claims.get(i).rootId();
            if (cluster.minRoot == null || rootId.compareTo(cluster.minRoot) < 0) {
                cluster.minRoot = rootId;
            }
        }
        // the two maps of incidents on two cores
        Integer[] keys = new Integer[count];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (root[i] == i) {
                keys[k++] = byRoot[i].key;
            }
        }
        ForkJoinTask<?> byId = ForkJoinPool.commonPool().submit(() -> {
            int key = 0;
            for (int i = 0; i < n; i++) {
                if (root[i] == i) {
                    c.clusterById.put(byRoot[i].id(), keys[key++]);
                }
            }
        });
        k = 0;
        for (int i = 0; i < n; i++) {
            if (root[i] == i) {
                c.clusters.put(keys[k++], byRoot[i]);
            }
        }
        byId.join();
        return c;
    }

    /** A HashMap capacity that holds this many entries without growing. */
    private static int capacity(int entries) {
        return (int) Math.min(1 << 30, entries / 0.75 + 1);
    }

    // ---------------------------------------------------------------- reading

    public Optional<Group> group(String incidentId) {
        Integer key = clusterById.get(incidentId);
        return key == null ? Optional.empty() : Optional.of(group(clusters.get(key)));
    }

    /**
     * Every incident's group, each built when it is read: cheaper than looking each incident up by
     * its id when all of them are read (a full determination), and safe to read on several threads
     * as long as the correlation does not change meanwhile.
     */
    public List<Group> groups() {
        Cluster[] all = clusters.values().toArray(Cluster[]::new);
        return new java.util.AbstractList<>() {
            @Override
            public Group get(int index) {
                return group(all[index]);
            }

            @Override
            public int size() {
                return all.length;
            }
        };
    }

    public Collection<String> incidentIds() {
        return clusterById.keySet();
    }

    public int size() {
        return clusters.size();
    }

    /** The incident a report (or its current correction) belongs to. */
    public Optional<String> incidentOfRoot(String rootId) {
        int index = activeByRoot.get(rootId);
        return index < 0 ? Optional.empty() : Optional.of(clusters.get(clusterOf[index]).id());
    }

    /** A monitor's classification of the target covering one of these claims, if any (the latest). */
    public Optional<IncidentDecision.TargetClassified> classification(List<ClaimFacts> group) {
        IncidentDecision.TargetClassified latest = null;
        for (ClaimFacts claim : group) {
            IncidentDecision.TargetClassified c = classifications.get(claim.rootId());
            if (c != null && (latest == null || c.seq() > latest.seq())) {
                latest = c;
            }
        }
        return Optional.ofNullable(latest);
    }

    private static final java.util.Comparator<ClaimFacts> BY_ROOT_AND_REPORT =
            java.util.Comparator.comparing(ClaimFacts::rootId).thenComparing(ClaimFacts::reportId);

    private Group group(Cluster cluster) {
        if (cluster.members.size() == 1) {
            return new Group(cluster.id(), List.of(claims.get(cluster.members.get(0))));
        }
        int[] members = cluster.members.toArray();
        java.util.Arrays.sort(members);
        List<ClaimFacts> list = new ArrayList<>(members.length);
        for (int m : members) {
            list.add(claims.get(m));
        }
        list.sort(BY_ROOT_AND_REPORT);
        return new Group(cluster.id(), list);
    }

    // ---------------------------------------------------------------- claims

    /** Adds an accepted claim; a correction replaces the claim it supersedes. */
    public Changes add(ClaimFacts claim) {
        Set<String> before = new HashSet<>();
        Set<String> after = new HashSet<>();
        int previous = activeByRoot.get(claim.rootId());
        if (previous >= 0) {
            if (claims.get(previous).reportId().equals(claim.reportId())) {
                return new Changes(Set.of(), Set.of());
            }
            Cluster old = clusters.get(clusterOf[previous]);
            before.add(old.id());
            IntList rest = new IntList();
            for (int i = 0; i < old.members.size(); i++) {
                if (old.members.get(i) != previous) {
                    rest.add(old.members.get(i));
                }
            }
            active.clear(previous);
            dropCluster(old);
            for (String id : recompute(rest)) {
                after.add(id);
            }
        }
        int index = claims.size();
        claims.add(claim);
        active.set(index);
        ensureCapacity(index);
        activeByRoot.put(claim.rootId(), index);
        index(index);
        Cluster cluster = newCluster();
        join(cluster, index);
        for (int candidate : candidates(index)) {
            Cluster other = clusters.get(clusterOf[candidate]);
            Cluster mine = clusters.get(clusterOf[index]);
            if (other != mine && linked(index, candidate) && compatible(mine, other)) {
                before.add(other.id());
                union(mine, other);
            }
        }
        after.add(clusters.get(clusterOf[index]).id());
        after.removeIf(id -> !clusterById.containsKey(id));
        return Changes.of(before, after);
    }

    // ---------------------------------------------------------------- decisions

    /**
     * Applies a monitor's decision. {@code rootOf} maps a report id (maybe since corrected) to its
     * correction chain's root.
     */
    public Changes apply(IncidentDecision decision, Function<String, String> rootOf) {
        Set<String> roots = new LinkedHashSet<>();
        decision.reports().forEach(r -> roots.add(rootOf.apply(r)));
        if (decision instanceof IncidentDecision.Split split) {
                String taken = "s" + split.seq() + "a";
                String remaining = "s" + split.seq() + "b";
                for (String r : split.taken()) {
                    String root = rootOf.apply(r);
                    tokens.computeIfAbsent(root, k -> new HashSet<>()).add(split.seq());
                    regroup(root, taken);
                }
                for (String r : split.remaining()) {
                    String root = rootOf.apply(r);
                    tokens.computeIfAbsent(root, k -> new HashSet<>()).add(-split.seq());
                    regroup(root, remaining);
                }
        } else if (decision instanceof IncidentDecision.Merge merge) {
                Set<Long> present = new HashSet<>();
                roots.forEach(root -> present.addAll(tokens.getOrDefault(root, Set.of())));
                for (String root : roots) {
                    Set<Long> own = tokens.get(root);
                    if (own != null) {
                        own.removeIf(t -> present.contains(-t));
                        if (own.isEmpty()) {
                            tokens.remove(root);
                        }
                    }
                    regroup(root, "m" + merge.seq());
                }
        } else if (decision instanceof IncidentDecision.TargetClassified classified) {
                roots.forEach(root -> classifications.put(root, classified));
                Set<String> changed = new TreeSet<>();
                roots.forEach(root -> incidentOfRoot(root).ifPresent(changed::add));
                return new Changes(changed, Set.of());
        }
        // recompute every incident that holds one of the decision's reports
        Set<Integer> touched = new TreeSet<>();
        for (String root : roots) {
            int index = activeByRoot.get(root);
            if (index >= 0) {
                touched.add(clusterOf[index]);
            }
        }
        Set<String> before = new HashSet<>();
        IntList members = new IntList();
        for (int key : touched) {
            Cluster cluster = clusters.get(key);
            before.add(cluster.id());
            for (int i = 0; i < cluster.members.size(); i++) {
                members.add(cluster.members.get(i));
            }
            dropCluster(cluster);
        }
        return Changes.of(before, new HashSet<>(recompute(members)));
    }

    private void regroup(String root, String group) {
        String old = groupOf.put(root, group);
        if (old != null) {
            Set<String> members = groupMembers.get(old);
            if (members != null) {
                members.remove(root);
                if (members.isEmpty()) {
                    groupMembers.remove(old);
                }
            }
        }
        groupMembers.computeIfAbsent(group, k -> new HashSet<>()).add(root);
    }

    // ---------------------------------------------------------------- internals

    private boolean linked(int a, int b) {
        ClaimFacts x = claims.get(a);
        ClaimFacts y = claims.get(b);
        if (!groupOf.isEmpty()) {
            String gx = groupOf.get(x.rootId());
            if (gx != null && gx.equals(groupOf.get(y.rootId()))) {
                return true;
            }
        }
        return !apart(x.rootId(), y.rootId()) && Linking.linked(x, y);
    }

    private boolean apart(String a, String b) {
        if (tokens.isEmpty()) {
            return false;
        }
        Set<Long> ta = tokens.get(a);
        Set<Long> tb = tokens.get(b);
        if (ta == null || tb == null) {
            return false;
        }
        for (long t : ta) {
            if (tb.contains(-t)) {
                return true;
            }
        }
        return false;
    }

    private boolean compatible(Cluster a, Cluster b) {
        if (tokens.isEmpty()) {
            return true;
        }
        Set<Long> ta = clusterTokens(a);
        if (ta.isEmpty()) {
            return true;
        }
        for (long t : clusterTokens(b)) {
            if (ta.contains(-t)) {
                return false;
            }
        }
        return true;
    }

    private Set<Long> clusterTokens(Cluster cluster) {
        Set<Long> all = new HashSet<>();
        for (int i = 0; i < cluster.members.size(); i++) {
            Set<Long> own = tokens.get(claims.get(cluster.members.get(i)).rootId());
            if (own != null) {
                all.addAll(own);
            }
        }
        return all;
    }

    /** Re-forms incidents over these claims (whole incidents, so no link leaves them). */
    private List<String> recompute(IntList members) {
        int[] sorted = members.toArray();
        java.util.Arrays.sort(sorted);
        for (int m : sorted) {
            join(newCluster(), m);
        }
        BitSet inSet = new BitSet();
        for (int m : sorted) {
            inSet.set(m);
        }
        for (int m : sorted) {
            for (int candidate : candidates(m)) {
                if (!inSet.get(candidate)) {
                    continue;
                }
                Cluster a = clusters.get(clusterOf[m]);
                Cluster b = clusters.get(clusterOf[candidate]);
                if (a != b && linked(m, candidate) && compatible(a, b)) {
                    union(a, b);
                }
            }
        }
        Set<String> ids = new TreeSet<>();
        for (int m : sorted) {
            ids.add(clusters.get(clusterOf[m]).id());
        }
        return new ArrayList<>(ids);
    }

    private Cluster newCluster() {
        Cluster cluster = new Cluster(nextClusterKey++, 2);
        clusters.put(cluster.key, cluster);
        return cluster;
    }

    private void join(Cluster cluster, int index) {
        String old = cluster.minRoot == null ? null : cluster.id();
        cluster.members.add(index);
        clusterOf[index] = cluster.key;
        String root = claims.get(index).rootId();
        if (cluster.minRoot == null || root.compareTo(cluster.minRoot) < 0) {
            cluster.minRoot = root;
            if (old != null) {
                clusterById.remove(old);
            }
            clusterById.put(cluster.id(), cluster.key);
        }
    }

    private Cluster union(Cluster a, Cluster b) {
        Cluster big = a.members.size() >= b.members.size() ? a : b;
        Cluster small = big == a ? b : a;
        clusterById.remove(small.id());
        clusters.remove(small.key);
        for (int i = 0; i < small.members.size(); i++) {
            join(big, small.members.get(i));
        }
        return big;
    }

    private void dropCluster(Cluster cluster) {
        clusters.remove(cluster.key);
        clusterById.remove(cluster.id());
    }

    private void ensureCapacity(int index) {
        if (index >= clusterOf.length) {
            int size = Math.max(index + 1, clusterOf.length * 2);
            clusterOf = java.util.Arrays.copyOf(clusterOf, size);
            seen = java.util.Arrays.copyOf(seen, size);
        }
    }

    private void index(int index) {
        ClaimFacts claim = claims.get(index);
        if (claim.siteId() != null) {
            bySite.computeIfAbsent(claim.siteId(), k -> new IntList()).add(index);
        }
        if (!claim.located()) {
            return;
        }
        fileUnder(span(claim), index);
    }

    /** Files the claim in the grid under every cell and day of its span. */
    private void fileUnder(long[] span, int index) {
        for (long x = span[0]; x <= span[1]; x++) {
            for (long y = span[2]; y <= span[3]; y++) {
                for (long day = span[4]; day <= span[5]; day++) {
                    grid.add(CellDayIndex.key(x, y, day), index);
                }
            }
        }
    }

    private static long[] span(ClaimFacts claim) {
        long[] span = new long[6];
        CellDayIndex.span(claim.latitude(), claim.longitude(), claim.radiusMetres(), claim.earliest().toEpochMilli(),
                claim.latest().toEpochMilli(), Linking.toleranceMillis(claim.timePrecision()), span);
        return span;
    }

    /**
     * Spreads a packed cell-and-day key over all 64 bits (MurmurHash3's finaliser, a bijection):
     * {@code Long.hashCode} of the packed key collides badly, and HashMap then degrades to trees.
     */
    static long mix(long key) {
        key ^= key >>> 33;
        key *= 0xff51afd7ed558ccdL;
        key ^= key >>> 33;
        key *= 0xc4ceb9fe1a85ec53L;
        key ^= key >>> 33;
        return key;
    }

    /** Active claims that may link with this one: near in cells and days, the same site, the same decided group. */
    private int[] candidates(int index) {
        ClaimFacts claim = claims.get(index);
        if (++stamp == Integer.MAX_VALUE) {
            java.util.Arrays.fill(seen, 0);
            stamp = 1;
        }
        seen[index] = stamp;
        IntList found = new IntList();
        if (claim.located()) {
            long[] span = span(claim);
            for (long x = span[0]; x <= span[1]; x++) {
                for (long y = span[2]; y <= span[3]; y++) {
                    for (long day = span[4]; day <= span[5]; day++) {
                        for (int e = grid.first(CellDayIndex.key(x, y, day)); e >= 0; e = grid.next(e)) {
                            int other = grid.value(e);
                            if (active.get(other) && seen[other] != stamp) {
                                seen[other] = stamp;
                                found.add(other);
                            }
                        }
                    }
                }
            }
        }
        if (claim.siteId() != null) {
            collect(bySite.get(claim.siteId()), found);
        }
        String group = groupOf.get(claim.rootId());
        if (group != null) {
            for (String root : groupMembers.getOrDefault(group, Set.of())) {
                int other = activeByRoot.get(root);
                if (other >= 0 && seen[other] != stamp) {
                    seen[other] = stamp;
                    found.add(other);
                }
            }
        }
        int[] result = found.toArray();
        java.util.Arrays.sort(result);
        return result;
    }

    private void collect(IntList list, IntList found) {
        if (list == null) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            int other = list.get(i);
            if (active.get(other) && seen[other] != stamp) {
                seen[other] = stamp;
                found.add(other);
            }
        }
    }
}
