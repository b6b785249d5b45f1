package org.truce.sites.config;

import java.util.Optional;

import org.locationtech.jts.geom.Point;
import org.springframework.stereotype.Component;
import org.truce.reports.SiteCatalogue;
import org.truce.reports.SiteFacts;
import org.truce.shared.Viewer;
import org.truce.sites.SiteIndex;
import org.truce.sites.SiteVisibility;

/**
 * A report may name a protected site its submitter can see: the registry answers, and a site the
 * submitter may not see is as unknown as one that does not exist.
 */
@Component
class SiteCatalogueForReports implements SiteCatalogue {

    private final SiteIndex index;
    private final SiteVisibility visibility;

    SiteCatalogueForReports(SiteIndex index, SiteVisibility visibility) {
        this.index = index;
        this.visibility = visibility;
    }

    @Override
    public Optional<SiteFacts> visibleSite(String siteId, Viewer submitter) {
        return index.site(siteId)
                .filter(site -> visibility.sees(submitter, site.owner()))
                .map(site -> {
                    Point point = site.geometry().getInteriorPoint();
                    return new SiteFacts(site.id(), site.category(), point.getY(), point.getX(), site.owner());
                });
    }
}
