package org.truce.geo;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * One shipped region (Natural Earth): a country ({@code UA}, {@code RU}, de jure) or a
 * first-level unit ({@code UA-74}, {@code RU-KRS}), with names in the delegations' languages.
 */
public record Region(String id, Level level, String country, String nameEn, String nameUk, String nameRu,
                     Geometry geometry, PreparedGeometry prepared) {

    public enum Level { COUNTRY, ADMIN1 }

    public static Region of(String id, Level level, String country, String nameEn, String nameUk, String nameRu,
                            Geometry geometry) {
        return new Region(id, level, country, nameEn, nameUk, nameRu, geometry,
                PreparedGeometryFactory.prepare(geometry));
    }

    /** Whether the point lies inside or on the boundary. */
    public boolean covers(Point point) {
        return prepared.covers(point);
    }

    public String name(String language) {
        return switch (language) {
            case "uk" -> nameUk;
            case "ru" -> nameRu;
            default -> nameEn;
        };
    }
}
