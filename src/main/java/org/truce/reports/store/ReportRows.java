package org.truce.reports.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.truce.reports.Casualties;
import org.truce.reports.GeoPrecision;
import org.truce.reports.Outcome;
import org.truce.reports.Report;
import org.truce.reports.ReportLocation;
import org.truce.reports.ReportSource;
import org.truce.reports.ReportTime;
import org.truce.reports.SourceKind;
import org.truce.reports.Target;
import org.truce.reports.TimePrecision;
import org.truce.shared.Category;
import org.truce.shared.Means;

/** A report as one row of the {@code report} table, both ways: every field of the committed content is a column. */
final class ReportRows {

    static final String COLUMNS = "id, submitted_at, submitted_by, submitter_role, owner_party, source_kind, "
            + "source_party, source_name, source_address, source_published_on, time_precision, time_instant, time_date, "
            + "time_zone, time_earliest, time_latest, place, latitude, longitude, uncertainty_m, geo_precision, "
            + "region_id, country, resolved_from_place, regions, site_id, category, description, means, outcome, "
            + "alleged_perpetrator, damage, killed, injured, evidence, supersedes, external_ref";
    static final String INSERT = "INSERT INTO report (" + COLUMNS + ", ledger_seq) VALUES ("
            + "?, ".repeat(37) + "?)";

    private ReportRows() {
    }

    static void bind(PreparedStatement ps, Report r, long ledgerSeq) throws SQLException {
        int i = 1;
        ps.setString(i++, r.id());
        ps.setObject(i++, utc(r.submittedAt()));
        ps.setString(i++, r.submittedBy());
        ps.setString(i++, r.submitterRole());
        ps.setString(i++, r.owner());
        ReportSource source = r.source();
        ps.setString(i++, source.kind().code());
        ps.setString(i++, source.party());
        ps.setString(i++, source.name());
        ps.setString(i++, source.address());
        ps.setString(i++, source.publishedOn() == null ? null : source.publishedOn().toString());
        ReportTime when = r.when();
        ps.setString(i++, when.precision().code());
        setInstant(ps, i++, when.instant());
        ps.setString(i++, when.date() == null ? null : when.date().toString());
        ps.setString(i++, when.zone());
        ps.setObject(i++, utc(when.earliest()));
        ps.setObject(i++, utc(when.latest()));
        ps.setString(i++, r.place());
        ReportLocation where = r.where();
        if (where == null) {
            for (int k = 0; k < 4; k++) {
                ps.setNull(i++, k < 3 ? Types.DOUBLE : Types.VARCHAR);
            }
            ps.setNull(i++, Types.VARCHAR);
            ps.setNull(i++, Types.VARCHAR);
            ps.setNull(i++, Types.BOOLEAN);
        } else {
            ps.setDouble(i++, where.latitude());
            ps.setDouble(i++, where.longitude());
            ps.setDouble(i++, where.uncertaintyMetres());
            ps.setString(i++, where.precision().code());
            ps.setString(i++, where.regionId());
            ps.setString(i++, where.country());
            ps.setBoolean(i++, where.resolvedFromPlace());
        }
        ps.setString(i++, String.join(",", r.regions()));
        ps.setString(i++, r.target().siteId());
        ps.setString(i++, r.target().category() == null ? null : r.target().category().code());
        ps.setString(i++, r.target().description());
        ps.setString(i++, r.means().code());
        ps.setString(i++, r.outcome().code());
        ps.setString(i++, r.allegedPerpetrator());
        ps.setString(i++, r.damage());
        setCount(ps, i++, r.casualties() == null ? null : r.casualties().killed());
        setCount(ps, i++, r.casualties() == null ? null : r.casualties().injured());
        ps.setString(i++, String.join(" ", r.evidence()));
        ps.setString(i++, r.supersedes());
        ps.setString(i++, r.externalRef());
        ps.setLong(i, ledgerSeq);
    }

    /** Reads the columns of {@link #COLUMNS}, starting at column 1. */
    static Report read(ResultSet rs) throws SQLException {
        ReportSource source = new ReportSource(SourceKind.byCode(rs.getString("source_kind")).orElseThrow(),
                rs.getString("source_party"), rs.getString("source_name"), rs.getString("source_address"),
                date(rs.getString("source_published_on")));
        ReportTime when = new ReportTime(TimePrecision.byCode(rs.getString("time_precision")).orElseThrow(),
                instant(rs, "time_instant"), date(rs.getString("time_date")), rs.getString("time_zone"),
                instant(rs, "time_earliest"), instant(rs, "time_latest"));
        ReportLocation where = null;
        double latitude = rs.getDouble("latitude");
        if (!rs.wasNull()) {
            where = new ReportLocation(latitude, rs.getDouble("longitude"), rs.getDouble("uncertainty_m"),
                    GeoPrecision.byCode(rs.getString("geo_precision")).orElseThrow(), rs.getString("region_id"),
                    rs.getString("country"), rs.getBoolean("resolved_from_place"));
        }
        String category = rs.getString("category");
        Target target = new Target(rs.getString("site_id"), category == null ? null : Category.byCode(category).orElseThrow(),
                rs.getString("description"));
        Integer killed = count(rs, "killed");
        Integer injured = count(rs, "injured");
        return new Report(rs.getString("id"), instant(rs, "submitted_at"), rs.getString("submitted_by"),
                rs.getString("submitter_role"), rs.getString("owner_party"), source, when, rs.getString("place"), where,
                split(rs.getString("regions"), ","), target, Means.byCode(rs.getString("means")).orElseThrow(),
                Outcome.byCode(rs.getString("outcome")).orElseThrow(), rs.getString("alleged_perpetrator"),
                rs.getString("damage"), killed == null && injured == null ? null : new Casualties(killed, injured),
                split(rs.getString("evidence"), " "), rs.getString("supersedes"), rs.getString("external_ref"));
    }

    private static List<String> split(String joined, String separator) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(separator));
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    private static Integer count(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : (int) value;
    }

    private static void setCount(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    private static void setInstant(PreparedStatement ps, int index, Instant instant) throws SQLException {
        if (instant == null) {
            ps.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            ps.setObject(index, utc(instant));
        }
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
