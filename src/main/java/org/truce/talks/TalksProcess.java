package org.truce.talks;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A mediation process as the mediator opened it.
 *
 * @param id        {@code tlk_…}
 * @param title     its name
 * @param mediator  who mediates ({@code State of Qatar})
 * @param venue     where the delegations meet ({@code Doha})
 * @param parties   the two parties' codes; the first is the analysis' first party
 * @param zone      the IANA zone its times are written in (the mediator's)
 * @param about     a short description by language
 * @param agenda    the issues on the table and their options
 * @param createdAt when it was opened
 */
public record TalksProcess(String id, String title, String mediator, String venue, List<String> parties, String zone,
                           Map<String, String> about, Agenda agenda, Instant createdAt) {

    public TalksProcess {
        parties = List.copyOf(parties);
        about = Localized.copy(about);
    }

    public String otherParty(String party) {
        return parties.get(0).equals(party) ? parties.get(1) : parties.get(0);
    }
}
