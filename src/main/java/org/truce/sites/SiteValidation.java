package org.truce.sites;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.locationtech.jts.geom.Geometry;
import org.truce.access.AccessRules;
import org.truce.access.Action;
import org.truce.access.Facts;
import org.truce.access.Kind;
import org.truce.geo.GeoJson;
import org.truce.geo.Region;
import org.truce.geo.Regions;
import org.truce.shared.Category;
import org.truce.shared.FieldProblem;
import org.truce.shared.InvalidInput;
import org.truce.shared.PowerPlantKind;
import org.truce.shared.Viewer;

/**
 * The rules every nomination meets, whether it comes one at a time, in a CSV file or in a
 * GeoJSON file: each problem names its field (through {@code fields}, which turns
 * {@code latitude} into {@code row 17: latitude} for a CSV row) and says what is wrong.
 */
public final class SiteValidation {

    public static final int MAX_NAME = 300;
    public static final int MAX_SOURCE = 500;
    public static final int MAX_SOURCE_REF = 200;
    public static final int MAX_REASON = 2000;
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    private final Viewer viewer;
    private final Set<String> parties;
    private final Regions regions;

    /**
     * @param viewer  who nominates: a party nominates only its own sites, the mediator any party's
     * @param parties the registered party codes
     * @param regions the shipped regions, to find the country of a site that does not name one
     */
    public SiteValidation(Viewer viewer, Set<String> parties, Regions regions) {
        this.viewer = viewer;
        this.parties = Set.copyOf(parties);
        this.regions = regions;
    }

    /** The validated nomination, or (when any problem was found) the problems and no draft. */
    public record Result(SiteDraft draft, List<FieldProblem> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /** Validates and throws {@link InvalidInput} naming every problem. */
    public SiteDraft require(SiteInput input) {
        Result result = validate(input, UnaryOperator.identity());
        if (!result.valid()) {
            throw new InvalidInput(result.problems());
        }
        return result.draft();
    }

    public Result validate(SiteInput in, UnaryOperator<String> fields) {
        List<FieldProblem> problems = new ArrayList<>();
        Problems p = (field, reason) -> problems.add(new FieldProblem(fields.apply(field), reason));

        String name = text(in.name(), "name", MAX_NAME, true, p);
        Category category = category(in.category(), p);
        PowerPlantKind kind = kind(category, in.kind(), p);
        Geometry geometry = geometry(in, fields, problems, p);
        String owner = owner(in.owner(), p);
        String country = country(in.country(), geometry, p);
        Double capacity = capacity(in.capacityMw(), p);
        String source = text(in.source(), "source", MAX_SOURCE, true, p);
        String sourceRef = text(in.sourceRef(), "sourceRef", MAX_SOURCE_REF, false, p);
        Boolean contested = bool(in.controlContested(), "controlContested", p);
        String controlReason = text(in.controlReason(), "controlReason", MAX_REASON, false, p);
        boolean controlContested = Boolean.TRUE.equals(contested);
        if (controlContested && controlReason == null) {
            p.add("controlReason", "required when controlContested is true: say who holds the site");
        } else if (!controlContested && controlReason != null) {
            p.add("controlReason", "only with controlContested true");
        }
        if (!problems.isEmpty()) {
            return new Result(null, List.copyOf(problems));
        }
        return new Result(new SiteDraft(name, category, kind, geometry, country, owner, capacity, source, sourceRef,
                controlContested, controlReason), List.of());
    }

    @FunctionalInterface
    private interface Problems {
        void add(String field, String reason);
    }

    private static String text(String value, String field, int max, boolean required, Problems p) {
        String text = blankToNull(value);
        if (text == null) {
            if (required) {
                p.add(field, "required");
            }
            return null;
        }
        if (text.length() > max) {
            p.add(field, "at most " + max + " characters");
            return null;
        }
        return text;
    }

    private static Category category(String value, Problems p) {
        String code = blankToNull(value);
        if (code == null) {
            p.add("category", "required: one of " + String.join(", ", Category.codes()));
            return null;
        }
        Optional<Category> category = Category.byCode(code);
        if (category.isEmpty()) {
            p.add("category", "unknown category '" + code + "'; expected one of " + String.join(", ", Category.codes()));
            return null;
        }
        return category.get();
    }

    private static PowerPlantKind kind(Category category, String value, Problems p) {
        String code = blankToNull(value);
        if (category != Category.POWER_PLANT) {
            if (code != null && category != null) {
                p.add("kind", "only a power_plant has a kind");
            }
            return null;
        }
        if (code == null) {
            p.add("kind", "required for a power_plant: thermal, nuclear, hydro, solar, wind or chp");
            return null;
        }
        Optional<PowerPlantKind> kind = PowerPlantKind.byCode(code);
        if (kind.isEmpty()) {
            p.add("kind", "unknown power plant kind '" + code + "'; expected thermal, nuclear, hydro, solar, wind or chp");
        }
        return kind.orElse(null);
    }

    private static Geometry geometry(SiteInput in, UnaryOperator<String> fields, List<FieldProblem> problems,
                                     Problems p) {
        boolean hasGeometry = in.geometry() != null && !in.geometry().isNull()
                && !(in.geometry().isString() && in.geometry().asString().isBlank());
        boolean hasPosition = blankToNull(in.latitude()) != null || blankToNull(in.longitude()) != null;
        if (hasGeometry && hasPosition) {
            p.add("geometry", "give either a geometry or latitude and longitude, not both");
            return null;
        }
        if (hasGeometry) {
            try {
                return GeoJson.read(in.geometry(), fields.apply("geometry"));
            } catch (InvalidInput invalid) {
                problems.addAll(invalid.problems());
                return null;
            }
        }
        if (!hasPosition) {
            p.add("geometry", "required: a GeoJSON geometry (point, line or polygon), or latitude and longitude");
            return null;
        }
        Double latitude = number(in.latitude(), "latitude", -90, 90, p);
        Double longitude = number(in.longitude(), "longitude", -180, 180, p);
        return latitude == null || longitude == null ? null : GeoJson.point(longitude, latitude);
    }

    private static Double number(String value, String field, double min, double max, Problems p) {
        String text = blankToNull(value);
        if (text == null) {
            p.add(field, "required");
            return null;
        }
        double number;
        try {
            number = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            p.add(field, "'" + text + "' is not a number");
            return null;
        }
        if (!(number >= min && number <= max)) {
            p.add(field, field + " " + text + " is outside " + fmt(min) + ".." + fmt(max));
            return null;
        }
        return number;
    }

    private String owner(String value, Problems p) {
        String code = blankToNull(value);
        if (code == null && viewer.party() != null) {
            code = viewer.party();
        }
        if (code == null) {
            p.add("owner", "required: the party that owns the site, such as UA or RU");
            return null;
        }
        code = code.toUpperCase(Locale.ROOT);
        if (!parties.contains(code)) {
            p.add("owner", "no party '" + code + "'");
            return null;
        }
        if (!AccessRules.allows(viewer, Kind.SITE, Action.NOMINATE, Facts.ownedBy(code))) {
            p.add("owner", viewer.party() == null ? "a " + viewer.role().code() + " may not nominate sites"
                    : "a party nominates only its own sites: the owner must be " + viewer.party());
            return null;
        }
        return code;
    }

    private String country(String value, Geometry geometry, Problems p) {
        String code = blankToNull(value);
        if (code != null) {
            code = code.toUpperCase(Locale.ROOT);
            if (!COUNTRY.matcher(code).matches()) {
                p.add("country", "'" + value.strip() + "' is not an ISO 3166-1 alpha-2 country code such as UA or RU");
                return null;
            }
            return code;
        }
        if (geometry == null) {
            return null;
        }
        Optional<String> found = regions.countryAt(geometry.getInteriorPoint()).map(Region::country);
        if (found.isEmpty()) {
            p.add("country", "required for a site outside the shipped regions of Ukraine and Russia");
        }
        return found.orElse(null);
    }

    private static Double capacity(String value, Problems p) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        try {
            double capacity = Double.parseDouble(text);
            if (!(capacity >= 0) || Double.isInfinite(capacity)) {
                p.add("capacityMw", "a capacity is a number of megawatts, at least 0");
                return null;
            }
            return capacity;
        } catch (NumberFormatException e) {
            p.add("capacityMw", "'" + text + "' is not a number of megawatts");
            return null;
        }
    }

    private static Boolean bool(String value, String field, Problems p) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                p.add(field, "'" + text + "' is not true or false");
                yield null;
            }
        };
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String fmt(double bound) {
        return bound == Math.rint(bound) ? String.valueOf((long) bound) : String.valueOf(bound);
    }
}
