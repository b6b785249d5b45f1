package org.truce.agreement.config;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.truce.access.Accounts;
import org.truce.access.Party;
import org.truce.agreement.AgreementRegister;
import org.truce.agreement.AgreementStore;
import org.truce.agreement.Agreements;
import org.truce.agreement.TermsValidator;
import org.truce.geo.Regions;
import org.truce.shared.WritePath;

@Configuration
public class AgreementConfiguration {

    @Bean
    AgreementRegister agreementRegister() {
        return new AgreementRegister();
    }

    @Bean
    TermsValidator termsValidator(Regions regions) {
        return new TermsValidator(regions);
    }

    @Bean
    Agreements agreements(WritePath writes, AgreementStore store, AgreementRegister register, TermsValidator validator,
                          Accounts accounts) {
        return new Agreements(writes, store, register, validator,
                () -> accounts.parties().stream().map(Party::code).collect(Collectors.toUnmodifiableSet()));
    }
}
