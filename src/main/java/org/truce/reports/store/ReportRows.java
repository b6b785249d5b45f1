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
        Object[] values = values(r, ledgerSeq);
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                ps.setNull(i + 1, nullType(i));
            } else {
                ps.setObject(i + 1, values[i] instanceof Instant instant ? utc(instant) : values[i]);
            }
        }
    }

    /** The SQL type of a NULL in column {@code index} of {@link #values} (PostgreSQL wants it for non-text columns). */
    private static int nullType(int index) {
        return switch (index) {
            case 11 -> Types.TIMESTAMP_WITH_TIMEZONE; // time_instant
            case 17, 18, 19 -> Types.DOUBLE; // latitude, longitude, uncertainty_m
            case 23 -> Types.BOOLEAN; // resolved_from_place
            case 32, 33 -> Types.BIGINT; // killed, injured
            default -> Types.VARCHAR;
        };
    }

    /** The row's values in the order of {@link #COLUMNS} and then {@code ledger_seq}; instants as {@link Instant}. */
    static Object[] values(Report r, long ledgerSeq) {
        ReportSource source = r.source();
        ReportTime when = r.when();
        ReportLocation where = r.where();
        Casualties casualties = r.casualties();
        return new Object[] {r.id(), r.submittedAt(), r.submittedBy(), r.submitterRole(), r.owner(),
                source.kind().code(), source.party(), source.name(), source.address(),
                source.publishedOn() == null ? null : source.publishedOn().toString(),
                when.precision().code(), when.instant(), when.date() == null ? null : when.date().toString(), when.zone(),
                when.earliest(), when.latest(), r.place(),
                where == null ? null : where.latitude(), where == null ? null : where.longitude(),
                where == null ? null : where.uncertaintyMetres(), where == null ? null : where.precision().code(),
                where == null ? null : where.regionId(), where == null ? null : where.country(),
                where == null ? null : where.resolvedFromPlace(),
                String.join(",", r.regions()), r.target().siteId(),
                r.target().category() == null ? null : r.target().category().code(), r.target().description(),
                r.means().code(), r.outcome().code(), r.allegedPerpetrator(), r.damage(),
                casualties == null ? null : casualties.killed(), casualties == null ? null : casualties.injured(),
                String.join(" ", r.evidence()), r.supersedes(), r.externalRef(), ledgerSeq};
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

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
