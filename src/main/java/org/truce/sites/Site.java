package org.truce.sites;

import java.time.Instant;

import org.locationtech.jts.geom.Geometry;
import org.truce.shared.Category;
import org.truce.shared.PowerPlantKind;

/**
 * A protected site as it stands now: its nomination plus the latest status and control
 * changes. What the verification engine reads about a site.
 *
 * @param kind             the power plant's kind for {@link Category#POWER_PLANT}, otherwise null
 * @param geometry         WGS 84 lon/lat (JTS x = longitude): a point, line or polygon
 * @param country          ISO 3166-1 alpha-2 code of the country the site lies in
 * @param owner            the party that owns it and nominated it (or for which it was imported)
 * @param capacityMw       capacity in megawatts where known, otherwise null
 * @param sourceRef        the record's id in its source (a plant's gppd_idnr), if any
 * @param controlContested whether the site is held by the other side (its control is contested)
 * @param statusChangedAt  when the status last changed (the nomination time while nominated)
 */
public record Site(String id, String name, Category category, PowerPlantKind kind, Geometry geometry,
                   String country, String owner, Double capacityMw, String source, String sourceRef,
                   SiteStatus status, String statusReason, boolean controlContested, String controlReason,
                   Actor nominatedBy, Instant nominatedAt, Instant statusChangedAt) {

    static Site nominated(Nomination n, Geometry geometry) {
        return new Site(n.siteId(), n.name(), n.category(), n.kind(), geometry, n.country(), n.owner(),
                n.capacityMw(), n.source(), n.sourceRef(), SiteStatus.NOMINATED, null, n.controlContested(),
                n.controlReason(), n.by(), n.at(), n.at());
    }

    Site with(StatusChange change) {
        return new Site(id, name, category, kind, geometry, country, owner, capacityMw, source, sourceRef,
                change.status(), change.reason(), controlContested, controlReason, nominatedBy, nominatedAt,
                change.at());
    }

    Site with(ControlChange change) {
        return new Site(id, name, category, kind, geometry, country, owner, capacityMw, source, sourceRef,
                status, statusReason, change.contested(), change.reason(), nominatedBy, nominatedAt,
                statusChangedAt);
    }
}
