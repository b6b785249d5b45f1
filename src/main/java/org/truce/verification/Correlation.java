package org.truce.verification;

import org.locationtech.jts.geom.Envelope;
import org.truce.geo.Geodesy;

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
    private static final long DAY_MILLIS = 86_400_000L;

    private final List<ClaimFacts> claims = new ArrayList<>();
    private final BitSet active = new BitSet();
    private int[] clusterOf = new int[16];
    private final Map<Integer, Cluster> clusters = new HashMap<>();
    private final Map<String, Integer> clusterById = new HashMap<>();
    private final Map<String, Integer> activeByRoot = new HashMap<>();
    private final CellDayIndex grid = new CellDayIndex();
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
        final IntList members = new IntList();
        String minRoot;

        Cluster(int key) {
            this.key = key;
        }

        String id() {
            return IncidentFacts.ID_PREFIX + minRoot.substring(minRoot.indexOf('_'));
        }
    }

    /**
     * A full rebuild: the same incidents as adding the claims one by one (connected components of
     * the same links), computed with a union-find in one pass. Decisions that split incidents make
     * the order matter, so with any split the claims are added one by one after the decisions.
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
            if (corrections && latest.get(ordered.get(i).rootId()) != i) {
                continue;
            }
            int index = c.claims.size();
            c.claims.add(ordered.get(i));
            c.active.set(index);
            c.activeByRoot.put(ordered.get(i).rootId(), index);
            c.index(index);
        }
        int n = c.claims.size();
        c.ensureCapacity(n);
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        boolean groups = !c.groupOf.isEmpty();
        // stamps 1..n mark this loop's visits; candidates() (named sites, decided groups) stamps above n
        c.stamp = n + 1;
        for (int i = 0; i < n; i++) {
            int index = i;
            int stamp = i + 1;
            int[] seen = c.seen;
            ClaimFacts claim = c.claims.get(i);
            java.util.function.IntConsumer visit = j -> {
                if (j > index && seen[j] != stamp) {
                    seen[j] = stamp;
                    if (c.linked(index, j)) {
                        int a = find(parent, index);
                        int b = find(parent, j);
                        if (a != b) {
                            parent[Math.max(a, b)] = Math.min(a, b);
                        }
                    }
                }
            };
            if (claim.located()) {
                c.forEachKey(claim, key -> c.grid.forEach(key, visit));
            }
            if (claim.siteId() != null || groups) {
                for (int j : c.candidates(i)) {
                    visit.accept(j);
                }
            }
        }
        Map<Integer, Cluster> byRoot = new HashMap<>();
        for (int i = 0; i < n; i++) {
            int r = find(parent, i);
            Cluster cluster = byRoot.get(r);
            if (cluster == null) {
                cluster = c.newCluster();
                byRoot.put(r, cluster);
            }
            cluster.members.add(i);
            c.clusterOf[i] = cluster.key;
            String root = c.claims.get(i).rootId();
            if (cluster.minRoot == null || root.compareTo(cluster.minRoot) < 0) {
                cluster.minRoot = root;
            }
        }
        for (Cluster cluster : byRoot.values()) {
            c.clusterById.put(cluster.id(), cluster.key);
        }
        return c;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    // ---------------------------------------------------------------- reading

    public Optional<Group> group(String incidentId) {
        Integer key = clusterById.get(incidentId);
        return key == null ? Optional.empty() : Optional.of(group(clusters.get(key)));
    }

    public Collection<String> incidentIds() {
        return clusterById.keySet();
    }

    public int size() {
        return clusters.size();
    }

    /** The incident a report (or its current correction) belongs to. */
    public Optional<String> incidentOfRoot(String rootId) {
        Integer index = activeByRoot.get(rootId);
        return index == null ? Optional.empty() : Optional.of(clusters.get(clusterOf[index]).id());
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

    private Group group(Cluster cluster) {
        int[] members = cluster.members.toArray();
        java.util.Arrays.sort(members);
        List<ClaimFacts> list = new ArrayList<>(members.length);
        for (int m : members) {
            list.add(claims.get(m));
        }
        list.sort(java.util.Comparator.comparing(ClaimFacts::rootId).thenComparing(ClaimFacts::reportId));
        return new Group(cluster.id(), list);
    }

    // ---------------------------------------------------------------- claims

    /** Adds an accepted claim; a correction replaces the claim it supersedes. */
    public Changes add(ClaimFacts claim) {
        Set<String> before = new HashSet<>();
        Set<String> after = new HashSet<>();
        Integer previous = activeByRoot.get(claim.rootId());
        if (previous != null) {
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
            Integer index = activeByRoot.get(root);
            if (index != null) {
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
        Cluster cluster = new Cluster(nextClusterKey++);
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
        forEachKey(claim, key -> grid.add(key, index));
    }

    private void forEachKey(ClaimFacts claim, java.util.function.LongConsumer action) {
        Envelope box = Geodesy.envelopeAround(claim.latitude(), claim.longitude(), claim.radiusMetres());
        long tolerance = Linking.toleranceMillis(claim.timePrecision());
        long firstDay = Math.floorDiv(claim.earliest().toEpochMilli() - tolerance, DAY_MILLIS);
        long lastDay = Math.floorDiv(claim.latest().toEpochMilli() + tolerance, DAY_MILLIS);
        int x0 = cell(box.getMinX() + 180);
        int x1 = cell(box.getMaxX() + 180);
        int y0 = cell(box.getMinY() + 90);
        int y1 = cell(box.getMaxY() + 90);
        for (int x = x0; x <= x1; x++) {
            for (int y = y0; y <= y1; y++) {
                for (long day = firstDay; day <= lastDay; day++) {
                    action.accept(((long) (x & 0xFFFFF) << 40) | ((long) (y & 0xFFFFF) << 20) | (day & 0xFFFFF));
                }
            }
        }
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

    private static int cell(double degrees) {
        return (int) Math.floor(degrees / CELL_DEGREES);
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
            forEachKey(claim, key -> grid.forEach(key, other -> {
                if (active.get(other) && seen[other] != stamp) {
                    seen[other] = stamp;
                    found.add(other);
                }
            }));
        }
        if (claim.siteId() != null) {
            collect(bySite.get(claim.siteId()), found);
        }
        String group = groupOf.get(claim.rootId());
        if (group != null) {
            for (String root : groupMembers.getOrDefault(group, Set.of())) {
                Integer other = activeByRoot.get(root);
                if (other != null && seen[other] != stamp) {
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
