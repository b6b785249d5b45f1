package org.truce.talks;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.truce.access.AccessRules;
import org.truce.access.Action;
import org.truce.access.Kind;
import org.truce.agreement.AgreementView;
import org.truce.agreement.Agreements;
import org.truce.agreement.Finding;
import org.truce.agreement.Terms;
import org.truce.agreement.TermsInput;
import org.truce.agreement.TermsValidator;
import org.truce.agreement.VaguenessCheck;
import org.truce.shared.Conflict;
import org.truce.shared.FieldProblem;
import org.truce.shared.Ids;
import org.truce.shared.InvalidInput;
import org.truce.shared.NotFound;
import org.truce.shared.Viewer;
import org.truce.talks.TalksInputs.ProposalInput;
import org.truce.talks.TextViews.ProposalView;
import org.truce.talks.TextViews.VersionView;

/**
 * How the text moves and ends. Veto-only mode: the mediator proposes a change to the current
 * draft, each party answers privately only "better" or "worse", and the draft moves (a new
 * version, shared with both) only when both say better. The end: each party answers yes or no to
 * the whole latest text; two yeses turn its agreed options into agreement terms, drafted through
 * the agreement feature as the mediator, for the parties to sign there.
 */
public final class TalksDecisions {

    /** The instance drafting the agreed terms on the mediator's behalf. */
    static final Viewer DRAFTER = Viewer.system("talks");

    private final TalksRecords records;
    private final Agreements agreements;
    private final TermsValidator validator;
    private final Supplier<Set<String>> knownParties;
    private final Object concluding = new Object();

    public TalksDecisions(TalksRecords records, Agreements agreements, TermsValidator validator,
                          Supplier<Set<String>> knownParties) {
        this.records = records;
        this.agreements = agreements;
        this.validator = validator;
        this.knownParties = knownParties;
    }

    /**
     * The terms a version would become (mediator only), with what the agreement's checks say of them.
     *
     * @param problems what would refuse them as terms (empty when they are well formed)
     * @param findings what the vagueness check finds (empty: the parties could sign them)
     */
    public record TermsPreview(int version, AgreedTerms.Settlement settlement, TermsInput terms, List<FieldProblem> problems,
                               List<Finding> findings) {
    }

    public TermsPreview preview(Viewer mediator, String talksId, int number) {
        TalksState state = records.visible(mediator, talksId);
        if (!TalksVisibility.seesAnalysis(mediator, state.process())) {
            throw new NotFound("terms preview", talksId);
        }
        TextVersion version = TalksTexts.readable(mediator, state, number);
        AgreedTerms.Settlement settlement = AgreedTerms.settlement(state.agenda(), version.clauses());
        TermsInput terms = AgreedTerms.terms(state.process(), version.clauses(), settlement.choices(),
                Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        try {
            Terms valid = validator.validate(terms, knownParties.get(), "terms");
            return new TermsPreview(number, settlement, terms, List.of(), VaguenessCheck.check(valid));
        } catch (InvalidInput refused) {
            return new TermsPreview(number, settlement, terms, refused.problems(), List.of());
        }
    }

    public ProposalView propose(Viewer mediator, String talksId, ProposalInput input) {
        TalksState state = records.visible(mediator, talksId);
        AccessRules.require(mediator, Kind.TALKS_TEXT, Action.WRITE, TalksVisibility.talksFacts(state.process()));
        if (input == null) {
            throw InvalidInput.of("body", "required");
        }
        Problems problems = new Problems();
        List<TextClause> clauses = Clauses.check(state.agenda(), input.clauses(), problems);
        String note = problems.text(input.note(), "note", 2000, false);
        problems.throwIfAny();
        ChangeProposal proposed = records.change(mediator, talksId, (tx, current) -> {
            TextVersion draft = current.latestVersion().filter(v -> current.sharedWithBoth(v.number()))
                    .orElseThrow(() -> new Conflict("text", "a change is proposed against the current draft: write a version "
                            + "and share it with both parties first"));
            requireOpen(current);
            ChangeProposal proposal = tx.append(RecordKind.PROPOSAL, null, String.valueOf(draft.number()), null,
                    (id, now) -> new ChangeProposal(id, talksId, draft.number(), clauses, note, now));
            for (String party : current.parties()) {
                tx.disclose(party, DisclosureKind.CHANGE_PROPOSED, proposal.id(), "change to version " + draft.number());
            }
            return proposal;
        });
        return proposal(mediator, talksId, proposed.id());
    }

    public ProposalView proposal(Viewer viewer, String talksId, String proposalId) {
        Ids.requireWellFormed(proposalId, RecordKind.PROPOSAL.idPrefix(), "proposalId");
        TalksState state = records.visible(viewer, talksId);
        return TextViews.proposal(viewer, state, visibleProposal(viewer, state, proposalId));
    }

    /** A party answers, privately, whether the change is better or worse than the current draft. */
    public ProposalView vote(Viewer viewer, String talksId, String proposalId, String answer) {
        Ids.requireWellFormed(proposalId, RecordKind.PROPOSAL.idPrefix(), "proposalId");
        TalksState state = records.visible(viewer, talksId);
        visibleProposal(viewer, state, proposalId);
        AccessRules.require(viewer, Kind.TALKS_TEXT, Action.ANSWER, TalksVisibility.talksFacts(state.process()));
        VetoAnswer value = VetoAnswer.byCode(answer).orElseThrow(() -> InvalidInput.of("answer",
                "required: better or worse (than the current draft)"));
        String party = viewer.party();
        records.change(viewer, talksId, (tx, current) -> {
            ChangeProposal proposal = current.proposal(proposalId).orElseThrow();
            if (current.votes(proposalId).containsKey(party)) {
                throw new Conflict("answer", party + " has already answered this proposal");
            }
            if (current.adoptedFrom(proposalId).isPresent()
                    || current.latestVersion().map(v -> v.number() != proposal.basedOn()).orElse(true)) {
                throw new Conflict("proposalId", "the draft has moved since this change was proposed against version "
                        + proposal.basedOn());
            }
            requireOpen(current);
            tx.append(RecordKind.VOTE, party, proposalId, talksId + ":vote:" + proposalId + ":" + party,
                    (id, now) -> new VetoVote(id, talksId, proposalId, party, value, now));
            String other = current.process().otherParty(party);
            VetoVote theirs = current.votes(proposalId).get(other);
            if (value == VetoAnswer.BETTER && theirs != null && theirs.answer() == VetoAnswer.BETTER) {
                TextVersion moved = TalksTexts.newVersion(tx, current, proposal.clauses(), proposal.note(), proposalId);
                TalksTexts.share(tx, current, moved.number(), moved.id(), current.parties());
            }
            return null;
        });
        return proposal(viewer, talksId, proposalId);
    }

    /**
     * A party's yes or no to the whole latest text (shared with both, every issue settled, nothing
     * contested). The second yes drafts the agreement terms.
     */
    public VersionView answer(Viewer viewer, String talksId, int number, String answer) {
        TalksState state = records.visible(viewer, talksId);
        TextVersion version = TalksTexts.readable(viewer, state, number);
        AccessRules.require(viewer, Kind.TALKS_TEXT, Action.ANSWER, TalksVisibility.talksFacts(state.process()));
        FinalAnswerValue value = FinalAnswerValue.byCode(answer).orElseThrow(() -> InvalidInput.of("answer",
                "required: yes or no (to the whole text of version " + number + ")"));
        AgreedTerms.Settlement settlement = AgreedTerms.settlement(state.agenda(), version.clauses());
        if (!settlement.complete()) {
            throw new Conflict("version", "version " + number + " does not settle the whole text yet: open issues "
                    + settlement.open() + ", issues with two options " + settlement.ambiguous() + ", contested clauses "
                    + settlement.contested());
        }
        requireTermsWellFormed(state, version, settlement);
        String party = viewer.party();
        records.change(viewer, talksId, (tx, current) -> {
            requireOpen(current);
            if (current.latestVersion().map(v -> v.number() != number).orElse(true) || !current.sharedWithBoth(number)) {
                throw new Conflict("version", "only the latest version, shared with both parties, is answered yes or no");
            }
            if (current.finalAnswers(number).containsKey(party)) {
                throw new Conflict("answer", party + " has already answered version " + number);
            }
            return tx.append(RecordKind.FINAL_ANSWER, party, String.valueOf(number),
                    talksId + ":final:" + number + ":" + party,
                    (id, now) -> new FinalAnswer(id, talksId, number, party, value, now));
        });
        concludeIfAgreed(talksId, number);
        return TextViews.version(viewer, records.visible(viewer, talksId), version);
    }

    /** Two yeses to the same version: the agreed options become agreement terms (once). */
    void concludeIfAgreed(String talksId, int number) {
        synchronized (concluding) {
            TalksState state = records.find(talksId).orElseThrow();
            Map<String, FinalAnswer> answers = state.finalAnswers(number);
            boolean agreed = answers.size() == state.parties().size()
                    && answers.values().stream().allMatch(a -> a.answer() == FinalAnswerValue.YES);
            if (!agreed || state.conclusion().isPresent()) {
                return;
            }
            TextVersion version = state.version(number).orElseThrow();
            Instant agreedAt = answers.values().stream().map(FinalAnswer::answeredAt).max(Comparator.naturalOrder()).orElseThrow();
            Map<String, String> choices = AgreedTerms.settlement(state.agenda(), version.clauses()).choices();
            AgreementView drafted = agreements.draft(DRAFTER,
                    AgreedTerms.terms(state.process(), version.clauses(), choices, agreedAt));
            records.change(DRAFTER, talksId, (tx, current) -> {
                if (current.conclusion().isPresent()) {
                    return null;
                }
                tx.append(RecordKind.CONCLUSION, null, String.valueOf(number), talksId + ":conclusion",
                        (id, now) -> new TalksConcluded(id, talksId, number, choices, drafted.id(), now));
                tx.append(RecordKind.EVENT, null, null, null, (id, now) -> new TimelineEvent(id, talksId, EventKind.CONCLUDED,
                        now, DatePrecision.DAY, null, Map.of(
                                "en", "Both delegations accepted version " + number + " of the text; agreement terms drafted ("
                                        + drafted.id() + ") for signature.",
                                "uk", "Обидві делегації прийняли версію " + number + " тексту; умови угоди підготовлено ("
                                        + drafted.id() + ") до підписання.",
                                "ru", "Обе делегации приняли версию " + number + " текста; условия соглашения подготовлены ("
                                        + drafted.id() + ") к подписанию."),
                        Map.of(), null, now));
                return null;
            });
        }
    }

    private void requireTermsWellFormed(TalksState state, TextVersion version, AgreedTerms.Settlement settlement) {
        TermsInput terms = AgreedTerms.terms(state.process(), version.clauses(), settlement.choices(), Instant.now());
        try {
            validator.validate(terms, knownParties.get(), "terms");
        } catch (InvalidInput refused) {
            FieldProblem first = refused.problems().get(0);
            throw new Conflict("version", "version " + version.number() + " cannot become agreement terms: " + first.field()
                    + ": " + first.reason() + " (the mediator sees every problem in the terms preview)");
        }
    }

    private static void requireOpen(TalksState state) {
        if (state.conclusion().isPresent()) {
            throw new Conflict("text", "the talks are concluded: both parties accepted version "
                    + state.conclusion().get().version());
        }
    }

    private static ChangeProposal visibleProposal(Viewer viewer, TalksState state, String proposalId) {
        return state.proposal(proposalId).filter(p -> TalksVisibility.offered(viewer, Set.copyOf(state.parties())))
                .orElseThrow(() -> new NotFound("proposal", proposalId));
    }
}
