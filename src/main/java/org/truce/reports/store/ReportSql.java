package org.truce.reports.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.truce.reports.ReportQuery;
import org.truce.reports.ReportStore.Visibility;

/** The WHERE clause of a report list or count, with the viewer's visibility applied to every report it mentions. */
record ReportSql(String where, List<Object> arguments, String supersederVisible, List<Object> supersededByArguments) {

    /** Null when the viewer may see no report at all. */
    static ReportSql of(ReportQuery query, Visibility visibility) {
        if (!visibility.all() && visibility.owner() == null && visibility.ids().isEmpty()) {
            return null;
        }
        List<Object> arguments = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        where.append(visible("r", visibility, arguments));
        if (query.from() != null) {
            where.append(" AND r.time_latest >= ?");
            arguments.add(ReportRows.utc(query.from()));
        }
        if (query.to() != null) {
            where.append(" AND r.time_earliest <= ?");
            arguments.add(ReportRows.utc(query.to()));
        }
        if (query.party() != null) {
            where.append(" AND r.source_kind = 'party' AND r.source_party = ?");
            arguments.add(query.party());
        }
        if (query.accused() != null) {
            where.append(" AND r.alleged_perpetrator = ?");
            arguments.add(query.accused());
        }
        if (query.bbox() != null) {
            where.append(" AND r.longitude BETWEEN ? AND ? AND r.latitude BETWEEN ? AND ?");
            arguments.add(query.bbox().minLongitude());
            arguments.add(query.bbox().maxLongitude());
            arguments.add(query.bbox().minLatitude());
            arguments.add(query.bbox().maxLatitude());
        }
        List<Object> supersederArguments = new ArrayList<>();
        String supersederVisible = visible("s", visibility, supersederArguments);
        if (!query.includeSuperseded()) {
            where.append(" AND NOT EXISTS (SELECT 1 FROM report s WHERE s.supersedes = r.id").append(supersederVisible)
                    .append(")");
            arguments.addAll(supersederArguments);
        }
        if (query.after() != null) {
            where.append(" AND r.id > ?");
            arguments.add(query.after());
        }
        return new ReportSql(where.toString(), arguments, supersederVisible, supersederArguments);
    }

    private static String visible(String alias, Visibility visibility, List<Object> arguments) {
        if (visibility.all()) {
            return "";
        }
        List<String> terms = new ArrayList<>();
        if (visibility.owner() != null) {
            terms.add(alias + ".owner_party = ?");
            arguments.add(visibility.owner());
        }
        Collection<String> ids = visibility.ids();
        if (!ids.isEmpty()) {
            terms.add(alias + ".id IN (" + "?, ".repeat(ids.size() - 1) + "?)");
            arguments.addAll(ids);
        }
        return " AND (" + String.join(" OR ", terms) + ")";
    }
}
