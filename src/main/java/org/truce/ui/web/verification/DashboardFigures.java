package org.truce.ui.web.verification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.truce.verification.Grade;
import org.truce.verification.IncidentSummary;
import org.truce.verification.Verdict;

/**
 * An agreement's figures per party as one viewer may see them, from the incidents that viewer may
 * read: the claims against the party, its incidents, their verdicts and grades, and the same day
 * by day (days in the reader's zone, by the earliest instant an incident may have happened).
 * A party is counted for an incident when the incident's claims (as the viewer reads them) accuse it.
 */
public final class DashboardFigures {

    /** At most this many days are charted: the last ones of the period. */
    static final int MAX_DAYS = 400;

    private final List<String> parties;
    private final ZoneId zone;
    private final LocalDate firstDay;
    private final LocalDate lastDay;
    private final Map<String, PartyFigures> byParty = new LinkedHashMap<>();
    private long incidents;

    DashboardFigures(List<String> parties, ZoneId zone, Instant from, Instant to) {
        this.parties = List.copyOf(parties);
        this.zone = zone;
        LocalDate last = LocalDate.ofInstant(to, zone);
        LocalDate first = LocalDate.ofInstant(from, zone);
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            first = last.minusDays(MAX_DAYS - 1);
        }
        this.firstDay = first.isAfter(last) ? last : first;
        this.lastDay = last;
        int days = (int) ChronoUnit.DAYS.between(firstDay, lastDay) + 1;
        parties.forEach(p -> byParty.put(p, new PartyFigures(p, days)));
    }

    void add(IncidentSummary incident) {
        incidents++;
        for (String party : incident.accused()) {
            PartyFigures figures = byParty.get(party);
            if (figures == null) {
                continue;
            }
            figures.claims += incident.claims();
            figures.incidents++;
            figures.verdicts.merge(incident.verdict(), 1L, Long::sum);
            if (incident.grade() != null) {
                figures.grades.merge(incident.grade(), 1L, Long::sum);
            }
            if (incident.earliest() != null) {
                LocalDate day = LocalDate.ofInstant(incident.earliest(), zone);
                if (!day.isBefore(firstDay) && !day.isAfter(lastDay)) {
                    int i = (int) ChronoUnit.DAYS.between(firstDay, day);
                    figures.dailyClaims[i] += incident.claims();
                    figures.dailyIncidents[i]++;
                    if (incident.verdict() == Verdict.POTENTIAL_VIOLATION) {
                        figures.dailyPotential[i]++;
                    }
                }
            }
        }
    }

    public long incidents() {
        return incidents;
    }

    public List<PartyFigures> parties() {
        return parties.stream().map(byParty::get).toList();
    }

    List<String> days() {
        List<String> days = new ArrayList<>();
        for (LocalDate d = firstDay; !d.isAfter(lastDay); d = d.plusDays(1)) {
            days.add(d.toString());
        }
        return days;
    }

    /** One party's figures; the counters are filled by {@link DashboardFigures#add}. */
    public static final class PartyFigures {
        private final String party;
        private long claims;
        private long incidents;
        private final Map<Verdict, Long> verdicts = new EnumMap<>(Verdict.class);
        private final Map<Grade, Long> grades = new EnumMap<>(Grade.class);
        private final long[] dailyClaims;
        private final long[] dailyIncidents;
        private final long[] dailyPotential;

        PartyFigures(String party, int days) {
            this.party = party;
            this.dailyClaims = new long[days];
            this.dailyIncidents = new long[days];
            this.dailyPotential = new long[days];
        }

        public String party() {
            return party;
        }

        public long claims() {
            return claims;
        }

        public long incidents() {
            return incidents;
        }

        public long verdict(Verdict verdict) {
            return verdicts.getOrDefault(verdict, 0L);
        }

        public long grade(Grade grade) {
            return grades.getOrDefault(grade, 0L);
        }

        public long potential() {
            return verdict(Verdict.POTENTIAL_VIOLATION);
        }

        long[] dailyClaims() {
            return dailyClaims.clone();
        }

        long[] dailyIncidents() {
            return dailyIncidents.clone();
        }

        long[] dailyPotential() {
            return dailyPotential.clone();
        }
    }
}
