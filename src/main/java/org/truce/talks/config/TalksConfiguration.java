package org.truce.talks.config;

import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.truce.access.Accounts;
import org.truce.access.Party;
import org.truce.agreement.Agreements;
import org.truce.agreement.TermsValidator;
import org.truce.shared.WritePath;
import org.truce.talks.TalksChannels;
import org.truce.talks.TalksDecisions;
import org.truce.talks.TalksPositions;
import org.truce.talks.TalksProcesses;
import org.truce.talks.TalksRecords;
import org.truce.talks.TalksStore;
import org.truce.talks.TalksSuggestions;
import org.truce.talks.TalksTexts;
import org.truce.ui.Destination;
import org.truce.ui.UiPage;

@Configuration
public class TalksConfiguration {

    @Bean
    TalksRecords talksRecords(WritePath writes, TalksStore store) {
        return new TalksRecords(writes, store);
    }

    @Bean
    TalksProcesses talksProcesses(TalksRecords records, Accounts accounts) {
        return new TalksProcesses(records, knownParties(accounts));
    }

    @Bean
    TalksChannels talksChannels(TalksRecords records) {
        return new TalksChannels(records);
    }

    @Bean
    TalksPositions talksPositions(TalksRecords records) {
        return new TalksPositions(records);
    }

    @Bean
    TalksSuggestions talksSuggestions(TalksRecords records) {
        return new TalksSuggestions(records);
    }

    @Bean
    TalksTexts talksTexts(TalksRecords records) {
        return new TalksTexts(records);
    }

    @Bean
    TalksDecisions talksDecisions(TalksRecords records, Agreements agreements, TermsValidator validator, Accounts accounts) {
        return new TalksDecisions(records, agreements, validator, knownParties(accounts));
    }

    @Bean
    UiPage talksPage() {
        return Destination.TALKS.page();
    }

    private static Supplier<Set<String>> knownParties(Accounts accounts) {
        return () -> accounts.parties().stream().map(Party::code).collect(Collectors.toUnmodifiableSet());
    }
}
