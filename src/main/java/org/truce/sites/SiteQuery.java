package org.truce.sites;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.locationtech.jts.geom.Envelope;
import org.truce.shared.Category;
import org.truce.shared.FieldProblem;
import org.truce.shared.InvalidInput;
import org.truce.shared.PowerPlantKind;

/**
 * The filters of {@code GET /api/sites}, parsed from their query parameters; a bad one is
 * refused with a problem naming the parameter.
 *
 * @param bbox       minLon,minLat,maxLon,maxLat (GeoJSON order), or null
 * @param near       {latitude, longitude}, or null; then {@code radiusMetres} is set
 * @param categories empty for any
 * @param owners     empty for any
 * @param statuses   empty for any
 */
public record SiteQuery(Envelope bbox, double[] near, double radiusMetres, Set<Category> categories,
                        Set<PowerPlantKind> kinds, Set<String> owners, Set<SiteStatus> statuses, int limit, int offset) {

    public static final int DEFAULT_LIMIT = 1000;
    public static final int MAX_LIMIT = 10_000;
    public static final double MAX_RADIUS_METRES = 1_000_000;

    public static SiteQuery all() {
        return new SiteQuery(null, null, 0, Set.of(), Set.of(), Set.of(), Set.of(), MAX_LIMIT, 0);
    }

    public static SiteQuery parse(String bbox, String near, String radius, String category, String kind, String owner,
                                  String status, String limit, String offset) {
        List<FieldProblem> problems = new ArrayList<>();
        Envelope box = bbox(bbox, problems);
        double[] centre = near(near, problems);
        double metres = 0;
        if (centre != null || present(radius)) {
            if (centre == null) {
                problems.add(new FieldProblem("radius", "only with near=lat,lon"));
            } else if (!present(radius)) {
                problems.add(new FieldProblem("radius", "required with near: the radius in metres"));
            } else {
                metres = number(radius, "radius", 0, MAX_RADIUS_METRES, problems);
            }
        }
        Set<Category> categories = EnumSet.noneOf(Category.class);
        for (String code : list(category)) {
            Category.byCode(code).ifPresentOrElse(categories::add, () -> problems.add(new FieldProblem("category",
                    "unknown category '" + code + "'; expected one of " + String.join(", ", Category.codes()))));
        }
        Set<PowerPlantKind> kinds = EnumSet.noneOf(PowerPlantKind.class);
        for (String code : list(kind)) {
            PowerPlantKind.byCode(code).ifPresentOrElse(kinds::add, () -> problems.add(new FieldProblem("kind",
                    "unknown power plant kind '" + code + "'; expected thermal, nuclear, hydro, solar, wind or chp")));
        }
        Set<String> owners = new TreeSet<>();
        list(owner).forEach(code -> owners.add(code.toUpperCase(Locale.ROOT)));
        Set<SiteStatus> statuses = EnumSet.noneOf(SiteStatus.class);
        for (String code : list(status)) {
            SiteStatus.byCode(code).ifPresentOrElse(statuses::add, () -> problems.add(new FieldProblem("status",
                    "unknown status '" + code + "'; expected one of " + String.join(", ", SiteStatus.codes()))));
        }
        int pageSize = present(limit) ? (int) number(limit, "limit", 1, MAX_LIMIT, problems) : DEFAULT_LIMIT;
        int skip = present(offset) ? (int) number(offset, "offset", 0, Integer.MAX_VALUE, problems) : 0;
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new SiteQuery(box, centre, metres, categories, kinds, owners, statuses, pageSize, skip);
    }

    /** Whether the site passes the filters other than place. */
    public boolean matches(Site site) {
        return (categories.isEmpty() || categories.contains(site.category()))
                && (kinds.isEmpty() || (site.kind() != null && kinds.contains(site.kind())))
                && (owners.isEmpty() || owners.contains(site.owner()))
                && (statuses.isEmpty() || statuses.contains(site.status()));
    }

    private static Envelope bbox(String text, List<FieldProblem> problems) {
        if (!present(text)) {
            return null;
        }
        String[] parts = text.split(",");
        if (parts.length != 4) {
            problems.add(new FieldProblem("bbox", "four numbers are required: minLon,minLat,maxLon,maxLat"));
            return null;
        }
        int before = problems.size();
        double minLon = number(parts[0], "bbox", -180, 180, problems);
        double minLat = number(parts[1], "bbox", -90, 90, problems);
        double maxLon = number(parts[2], "bbox", -180, 180, problems);
        double maxLat = number(parts[3], "bbox", -90, 90, problems);
        if (problems.size() > before) {
            return null;
        }
        if (minLon > maxLon || minLat > maxLat) {
            problems.add(new FieldProblem("bbox", "minLon,minLat,maxLon,maxLat: each minimum at most its maximum"));
            return null;
        }
        return new Envelope(minLon, maxLon, minLat, maxLat);
    }

    private static double[] near(String text, List<FieldProblem> problems) {
        if (!present(text)) {
            return null;
        }
        String[] parts = text.split(",");
        if (parts.length != 2) {
            problems.add(new FieldProblem("near", "lat,lon is required, such as 51.19,35.27"));
            return null;
        }
        int before = problems.size();
        double latitude = number(parts[0], "near", -90, 90, problems);
        double longitude = number(parts[1], "near", -180, 180, problems);
        return problems.size() > before ? null : new double[] {latitude, longitude};
    }

    private static double number(String text, String field, double min, double max, List<FieldProblem> problems) {
        try {
            double value = Double.parseDouble(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
            problems.add(new FieldProblem(field, "'" + text.strip() + "' is outside " + bound(min) + ".." + bound(max)));
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "'" + text.strip() + "' is not a number"));
        }
        return Double.NaN;
    }

    private static String bound(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static List<String> list(String text) {
        if (!present(text)) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
