package org.truce.talks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One talks process as its records say it stands, folded in ledger order. Not filtered: the
 * services show each viewer only what {@link TalksVisibility} lets it see.
 */
public final class TalksState {

    private TalksProcess process;
    private final Map<String, Delegation> delegations = new LinkedHashMap<>();
    private final List<Round> rounds = new ArrayList<>();
    private final List<TimelineEvent> events = new ArrayList<>();
    private final List<ChannelMessage> messages = new ArrayList<>();
    private final List<Disclosure> disclosures = new ArrayList<>();
    private final Map<String, Position> positions = new HashMap<>();
    private final Map<String, Integer> positionCounts = new HashMap<>();
    private final List<Suggestion> suggestions = new ArrayList<>();
    private final Map<String, Map<String, Acceptance>> acceptances = new HashMap<>();
    private final Map<String, Acceptance> acceptancesById = new HashMap<>();
    private final Map<String, OverlapRevealed> overlaps = new HashMap<>();
    private final List<TextVersion> versions = new ArrayList<>();
    private final Map<Integer, Set<String>> shares = new HashMap<>();
    private final List<TextShared> shareRecords = new ArrayList<>();
    private final List<TextComment> comments = new ArrayList<>();
    private final List<ChangeProposal> proposals = new ArrayList<>();
    private final Map<String, Map<String, VetoVote>> votes = new HashMap<>();
    private final Map<Integer, Map<String, FinalAnswer>> finalAnswers = new HashMap<>();
    private TalksConcluded conclusion;

    private TalksState() {
    }

    /** The state of the records, in ledger order; empty when there are none (no such talks). */
    public static Optional<TalksState> of(List<TalksRecord> records) {
        if (records.isEmpty()) {
            return Optional.empty();
        }
        TalksState state = new TalksState();
        records.stream().sorted(Comparator.comparingLong(TalksRecord::seq)).forEach(state::apply);
        return state.process == null ? Optional.empty() : Optional.of(state);
    }

    private void apply(TalksRecord record) {
        Object content = TalksJson.read(record.content(), record.kind().type());
        switch (record.kind()) {
            case TALKS -> process = (TalksProcess) content;
            case DELEGATION -> {
                Delegation d = (Delegation) content;
                delegations.put(d.party(), d);
            }
            case ROUND -> rounds.add((Round) content);
            case EVENT -> events.add((TimelineEvent) content);
            case MESSAGE -> messages.add((ChannelMessage) content);
            case DISCLOSURE -> disclosures.add((Disclosure) content);
            case POSITION -> {
                Position p = (Position) content;
                positions.put(p.party(), p);
                positionCounts.merge(p.party(), 1, Integer::sum);
            }
            case SUGGESTION -> suggestions.add((Suggestion) content);
            case ACCEPTANCE -> {
                Acceptance a = (Acceptance) content;
                acceptances.computeIfAbsent(a.suggestionId(), s -> new HashMap<>()).put(a.party(), a);
                acceptancesById.put(a.id(), a);
            }
            case OVERLAP -> {
                OverlapRevealed o = (OverlapRevealed) content;
                overlaps.put(o.suggestionId(), o);
            }
            case TEXT_VERSION -> versions.add((TextVersion) content);
            case TEXT_SHARE -> {
                TextShared s = (TextShared) content;
                shares.computeIfAbsent(s.version(), v -> new LinkedHashSet<>()).add(s.party());
                shareRecords.add(s);
            }
            case COMMENT -> comments.add((TextComment) content);
            case PROPOSAL -> proposals.add((ChangeProposal) content);
            case VOTE -> {
                VetoVote v = (VetoVote) content;
                votes.computeIfAbsent(v.proposalId(), p -> new HashMap<>()).put(v.party(), v);
            }
            case FINAL_ANSWER -> {
                FinalAnswer f = (FinalAnswer) content;
                finalAnswers.computeIfAbsent(f.version(), v -> new HashMap<>()).put(f.party(), f);
            }
            case CONCLUSION -> conclusion = (TalksConcluded) content;
            default -> throw new IllegalStateException("unhandled record kind " + record.kind());
        }
    }

    public TalksProcess process() {
        return process;
    }

    public String id() {
        return process.id();
    }

    public List<String> parties() {
        return process.parties();
    }

    public Agenda agenda() {
        return process.agenda();
    }

    public Map<String, Delegation> delegations() {
        return delegations;
    }

    public List<Round> rounds() {
        return rounds;
    }

    /** The timeline by date, then in the order recorded. */
    public List<TimelineEvent> timeline() {
        List<TimelineEvent> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(TimelineEvent::at));
        return sorted;
    }

    public List<ChannelMessage> messages() {
        return messages;
    }

    public List<Disclosure> disclosures() {
        return disclosures;
    }

    public Optional<Position> position(String party) {
        return Optional.ofNullable(positions.get(party));
    }

    /** How many positions the party has stated (the latest counts). */
    public int positionCount(String party) {
        return positionCounts.getOrDefault(party, 0);
    }

    public List<Suggestion> suggestions() {
        return suggestions;
    }

    public Optional<Suggestion> suggestion(String id) {
        return suggestions.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The party's latest answer to the suggestion. */
    public Optional<Acceptance> acceptance(String suggestionId, String party) {
        return Optional.ofNullable(acceptances.getOrDefault(suggestionId, Map.of()).get(party));
    }

    public Optional<Acceptance> acceptanceById(String id) {
        return Optional.ofNullable(acceptancesById.get(id));
    }

    public Optional<OverlapRevealed> overlap(String suggestionId) {
        return Optional.ofNullable(overlaps.get(suggestionId));
    }

    public List<TextVersion> versions() {
        return versions;
    }

    public Optional<TextVersion> version(int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst();
    }

    public Optional<TextVersion> latestVersion() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    /** The parties the version was shared with. */
    public Set<String> sharedWith(int version) {
        return shares.getOrDefault(version, Set.of());
    }

    public List<TextShared> shareRecords() {
        return shareRecords;
    }

    public boolean sharedWithBoth(int version) {
        return sharedWith(version).containsAll(parties());
    }

    public List<TextComment> comments() {
        return comments;
    }

    public List<ChangeProposal> proposals() {
        return proposals;
    }

    public Optional<ChangeProposal> proposal(String id) {
        return proposals.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Map<String, VetoVote> votes(String proposalId) {
        return votes.getOrDefault(proposalId, Map.of());
    }

    /** The version a proposal became, when both parties found it better. */
    public Optional<TextVersion> adoptedFrom(String proposalId) {
        return versions.stream().filter(v -> proposalId.equals(v.proposalId())).findFirst();
    }

    public Map<String, FinalAnswer> finalAnswers(int version) {
        return finalAnswers.getOrDefault(version, Map.of());
    }

    public Optional<TalksConcluded> conclusion() {
        return Optional.ofNullable(conclusion);
    }
}
