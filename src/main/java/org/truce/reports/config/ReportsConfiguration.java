package org.truce.reports.config;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.truce.geo.Regions;
import org.truce.reports.Evidence;
import org.truce.reports.EvidenceFiles;
import org.truce.reports.EvidenceStore;
import org.truce.reports.Gazetteer;
import org.truce.reports.ReportAccess;
import org.truce.reports.ReportDisclosure;
import org.truce.reports.ReportStore;
import org.truce.reports.ReportValidator;
import org.truce.reports.Reports;
import org.truce.reports.SiteCatalogue;
import org.truce.reports.store.FileSystemEvidenceFiles;
import org.truce.shared.WritePath;

/**
 * Report intake. The two SPIs are optional beans other features provide: {@link SiteCatalogue}
 * (sites; without it every site id is unknown) and {@link ReportDisclosure} (verification; without
 * it no report is shared or published). Both are looked up on every use, never cached.
 */
@Configuration
public class ReportsConfiguration {

    @Bean
    Gazetteer gazetteer(Regions regions) {
        return Gazetteer.shipped(regions);
    }

    @Bean
    ReportValidator reportValidator(Gazetteer gazetteer, Regions regions, ObjectProvider<SiteCatalogue> sites) {
        SiteCatalogue catalogue = (siteId, submitter) -> Optional.ofNullable(sites.getIfAvailable())
                .flatMap(c -> c.visibleSite(siteId, submitter));
        return new ReportValidator(gazetteer, regions, catalogue);
    }

    @Bean
    ReportAccess reportAccess(ObjectProvider<ReportDisclosure> disclosure) {
        return new ReportAccess(disclosure::getIfAvailable);
    }

    @Bean
    EvidenceFiles evidenceFiles(@Value("${truce.data-dir:./data}") Path dataDir) {
        return new FileSystemEvidenceFiles(dataDir.resolve("evidence"));
    }

    @Bean
    Evidence evidence(WritePath writes, EvidenceStore store, EvidenceFiles files, ReportStore reports,
                      ReportAccess access, @Value("${truce.reports.evidence.max-bytes:104857600}") long maxBytes) {
        return new Evidence(writes, store, files, reports, access, maxBytes);
    }

    @Bean
    Reports reports(WritePath writes, ReportStore store, ReportValidator validator, ReportAccess access,
                    Evidence evidence) {
        return new Reports(writes, store, validator, access, evidence, Clock.systemUTC());
    }
}
