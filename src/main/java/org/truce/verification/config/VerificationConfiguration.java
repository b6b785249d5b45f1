package org.truce.verification.config;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.truce.agreement.Agreements;
import org.truce.geo.Regions;
import org.truce.reports.ReportAccess;
import org.truce.reports.ReportStore;
import org.truce.shared.WritePath;
import org.truce.sites.SiteIndex;
import org.truce.sites.SiteVisibility;
import org.truce.verification.Determinations;
import org.truce.verification.IncidentAssessments;
import org.truce.verification.IncidentDecisionStore;
import org.truce.verification.IncidentListener;
import org.truce.verification.Incidents;
import org.truce.verification.Scopes;

/**
 * The engine's beans. The assessments (an {@link IncidentAssessments} bean, when present), the
 * reports' disclosure and the incident listeners are looked up at each use, so they may be
 * defined anywhere without a cycle.
 */
@Configuration
public class VerificationConfiguration {

    @Bean
    Scopes verificationScopes(Regions regions) {
        return new Scopes(regions);
    }

    @Bean
    Determinations determinations(SiteIndex sites, Scopes scopes) {
        return new Determinations(sites, scopes);
    }

    @Bean
    Incidents incidents(Determinations determinations, SiteIndex sites, Agreements agreements,
                        ObjectProvider<IncidentAssessments> assessments, ReportAccess reportAccess,
                        SiteVisibility siteVisibility, ReportStore reports, WritePath writes,
                        IncidentDecisionStore decisions, ObjectProvider<IncidentListener> listeners) {
        return new Incidents(determinations, sites, agreements::signedVersions,
                () -> assessments.getIfAvailable(() -> IncidentAssessments.NONE), reportAccess::disclosure,
                siteVisibility, reports::report, reports::ledgerSeq, writes, decisions,
                () -> listeners.orderedStream().toList());
    }
}
