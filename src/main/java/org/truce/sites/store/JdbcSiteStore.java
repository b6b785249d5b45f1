package org.truce.sites.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.truce.shared.Category;
import org.truce.shared.PowerPlantKind;
import org.truce.shared.Role;
import org.truce.sites.Actor;
import org.truce.sites.ControlChange;
import org.truce.sites.Nomination;
import org.truce.sites.SiteEvent;
import org.truce.sites.SiteStatus;
import org.truce.sites.SiteStore;
import org.truce.sites.StatusChange;

@Repository
public class JdbcSiteStore implements SiteStore {

    private static final String SITE_COLUMNS = "id, name, category, plant_kind, geometry, country, owner_party,"
            + " capacity_mw, source, source_ref, control_contested, control_reason, nominated_by, nominated_role,"
            + " nominated_party, nominated_at, ledger_seq";
    private static final String CHANGE_COLUMNS = "ledger_seq, site_id, %s, reason, actor, actor_role, actor_party, changed_at";
    private static final String STATUS_COLUMNS = CHANGE_COLUMNS.formatted("status");
    private static final String CONTROL_COLUMNS = CHANGE_COLUMNS.formatted("contested");
    private static final Comparator<SiteEvent.Sequenced> BY_SEQ = Comparator.comparingLong(SiteEvent.Sequenced::seq);

    private final JdbcTemplate jdbc;

    public JdbcSiteStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void append(List<SiteEvent.Sequenced> events) {
        List<Object[]> sites = new ArrayList<>();
        List<Object[]> statuses = new ArrayList<>();
        List<Object[]> controls = new ArrayList<>();
        for (SiteEvent.Sequenced sequenced : events) {
            SiteEvent event = sequenced.event();
            if (event instanceof Nomination n) {
                sites.add(new Object[] {n.siteId(), n.name(), n.category().code(), n.kind() == null ? null : n.kind().code(),
                        n.geometry(), n.country(), n.owner(), n.capacityMw(), n.source(), n.sourceRef(),
                        n.controlContested(), n.controlReason(), n.by().accountId(), n.by().role().code(),
                        n.by().party(), utc(n.at()), sequenced.seq()});
            } else if (event instanceof StatusChange c) {
                statuses.add(change(sequenced.seq(), c.siteId(), c.status().code(), c.reason(), c.by(), c.at()));
            } else if (event instanceof ControlChange c) {
                controls.add(change(sequenced.seq(), c.siteId(), c.contested(), c.reason(), c.by(), c.at()));
            }
        }
        // nominations first: the changes refer to them
        insert("site", SITE_COLUMNS, sites);
        insert("site_status_change", STATUS_COLUMNS, statuses);
        insert("site_control_change", CONTROL_COLUMNS, controls);
    }

    private void insert(String table, String columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        String marks = String.join(", ", java.util.Collections.nCopies(columns.split(",").length, "?"));
        jdbc.batchUpdate("INSERT INTO " + table + " (" + columns + ") VALUES (" + marks + ")", rows);
    }

    private static Object[] change(long seq, String siteId, Object value, String reason, Actor by, Instant at) {
        return new Object[] {seq, siteId, value, reason, by.accountId(), by.role().code(), by.party(), utc(at)};
    }

    @Override
    public Optional<SiteStatus> currentStatus(String siteId) {
        List<String> latest = jdbc.queryForList("SELECT status FROM site_status_change WHERE site_id = ?"
                + " ORDER BY ledger_seq DESC LIMIT 1", String.class, siteId);
        if (!latest.isEmpty()) {
            return SiteStatus.byCode(latest.get(0));
        }
        Integer sites = jdbc.queryForObject("SELECT COUNT(*) FROM site WHERE id = ?", Integer.class, siteId);
        return sites != null && sites > 0 ? Optional.of(SiteStatus.NOMINATED) : Optional.empty();
    }

    /** A few keys are looked up one by one; many (a bulk file) against each owner's keys at once. */
    @Override
    public Set<String> takenSourceKeys(Collection<String> keys) {
        Set<String> taken = new HashSet<>();
        if (keys.size() <= 50) {
            for (String key : keys) {
                String[] parts = key.split(SiteStore.SEPARATOR, 3);
                Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM site WHERE owner_party = ? AND source = ?"
                        + " AND source_ref = ?", Integer.class, parts[0], parts[1], parts[2]);
                if (count != null && count > 0) {
                    taken.add(key);
                }
            }
            return taken;
        }
        Set<String> wanted = new HashSet<>(keys);
        Set<String> owners = new HashSet<>();
        keys.forEach(key -> owners.add(key.split(SiteStore.SEPARATOR, 2)[0]));
        for (String owner : owners) {
            jdbc.query("SELECT source, source_ref FROM site WHERE owner_party = ? AND source_ref IS NOT NULL", rs -> {
                String key = SiteStore.sourceKey(owner, rs.getString(1), rs.getString(2));
                if (wanted.contains(key)) {
                    taken.add(key);
                }
            }, owner);
        }
        return taken;
    }

    @Override
    public List<SiteEvent.Sequenced> events(String siteId) {
        List<SiteEvent.Sequenced> events = new ArrayList<>();
        events.addAll(jdbc.query("SELECT " + SITE_COLUMNS + " FROM site WHERE id = ?", NOMINATION, siteId));
        events.addAll(jdbc.query("SELECT " + STATUS_COLUMNS + " FROM site_status_change WHERE site_id = ?", STATUS, siteId));
        events.addAll(jdbc.query("SELECT " + CONTROL_COLUMNS + " FROM site_control_change WHERE site_id = ?", CONTROL, siteId));
        events.sort(BY_SEQ);
        return events;
    }

    @Override
    public List<SiteEvent.Sequenced> eventsBetween(long fromSeq, long toSeq) {
        List<SiteEvent.Sequenced> events = new ArrayList<>();
        events.addAll(jdbc.query("SELECT " + SITE_COLUMNS + " FROM site WHERE ledger_seq BETWEEN ? AND ?",
                NOMINATION, fromSeq, toSeq));
        events.addAll(jdbc.query("SELECT " + STATUS_COLUMNS + " FROM site_status_change WHERE ledger_seq BETWEEN ? AND ?",
                STATUS, fromSeq, toSeq));
        events.addAll(jdbc.query("SELECT " + CONTROL_COLUMNS + " FROM site_control_change WHERE ledger_seq BETWEEN ? AND ?",
                CONTROL, fromSeq, toSeq));
        events.sort(BY_SEQ);
        return events;
    }

    @Override
    public List<SiteEvent.Sequenced> allEvents() {
        List<SiteEvent.Sequenced> events = new ArrayList<>();
        events.addAll(jdbc.query("SELECT " + SITE_COLUMNS + " FROM site", NOMINATION));
        events.addAll(jdbc.query("SELECT " + STATUS_COLUMNS + " FROM site_status_change", STATUS));
        events.addAll(jdbc.query("SELECT " + CONTROL_COLUMNS + " FROM site_control_change", CONTROL));
        events.sort(BY_SEQ);
        return events;
    }

    @Override
    public Optional<SiteEvent> event(String siteId, long seq) {
        List<SiteEvent.Sequenced> found = new ArrayList<>();
        found.addAll(jdbc.query("SELECT " + SITE_COLUMNS + " FROM site WHERE id = ? AND ledger_seq = ?",
                NOMINATION, siteId, seq));
        found.addAll(jdbc.query("SELECT " + STATUS_COLUMNS + " FROM site_status_change WHERE site_id = ? AND ledger_seq = ?",
                STATUS, siteId, seq));
        found.addAll(jdbc.query("SELECT " + CONTROL_COLUMNS + " FROM site_control_change WHERE site_id = ? AND ledger_seq = ?",
                CONTROL, siteId, seq));
        return found.stream().findFirst().map(SiteEvent.Sequenced::event);
    }

    @Override
    public Optional<String> owner(String siteId) {
        return jdbc.queryForList("SELECT owner_party FROM site WHERE id = ?", String.class, siteId).stream().findFirst();
    }

    private static final RowMapper<SiteEvent.Sequenced> NOMINATION = (rs, i) -> new SiteEvent.Sequenced(rs.getLong(17),
            new Nomination(rs.getString(1), rs.getString(2), Category.fromCode(rs.getString(3)),
                    rs.getString(4) == null ? null : PowerPlantKind.fromCode(rs.getString(4)), rs.getString(5),
                    rs.getString(6), rs.getString(7), nullableDouble(rs, 8), rs.getString(9), rs.getString(10),
                    rs.getBoolean(11), rs.getString(12), actor(rs, 13), instant(rs, 16)));

    private static final RowMapper<SiteEvent.Sequenced> STATUS = (rs, i) -> new SiteEvent.Sequenced(rs.getLong(1),
            new StatusChange(rs.getString(2), SiteStatus.byCode(rs.getString(3)).orElseThrow(), rs.getString(4),
                    actor(rs, 5), instant(rs, 8)));

    private static final RowMapper<SiteEvent.Sequenced> CONTROL = (rs, i) -> new SiteEvent.Sequenced(rs.getLong(1),
            new ControlChange(rs.getString(2), rs.getBoolean(3), rs.getString(4), actor(rs, 5), instant(rs, 8)));

    private static Actor actor(ResultSet rs, int first) throws SQLException {
        return new Actor(rs.getString(first), Role.fromCode(rs.getString(first + 1)), rs.getString(first + 2));
    }

    private static Double nullableDouble(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
