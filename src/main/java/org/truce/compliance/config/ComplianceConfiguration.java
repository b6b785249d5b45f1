package org.truce.compliance.config;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.truce.agreement.Agreements;
import org.truce.compliance.ComplianceReports;
import org.truce.geo.Regions;
import org.truce.reports.Reports;
import org.truce.verification.Assessments;
import org.truce.verification.IncidentLookup;

@Configuration
public class ComplianceConfiguration {

    @Bean
    ComplianceReports complianceReports(Agreements agreements, IncidentLookup incidents, Assessments assessments,
                                        Reports reports, Regions regions) {
        return new ComplianceReports(agreements, incidents, assessments, reports::report, regions::byId,
                Clock.systemUTC());
    }
}
