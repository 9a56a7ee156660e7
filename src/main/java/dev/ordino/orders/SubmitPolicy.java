package dev.ordino.orders;

import dev.ordino.channels.Channel;
import dev.ordino.shared.FieldProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * A draft of a REVIEW channel is submitted when it is ready and, if the channel has terms, the caller accepted
 * them ({@code acceptTerms}) in their current version ({@code termsVersion}): an older version is not enough.
 * {@code currentTerms} is the channel's version, null when the channel has no terms.
 */
record SubmitPolicy(Readiness readiness, String currentTerms, Boolean acceptTerms, String termsVersion)
        implements OrderPolicy {

    /** The policy of the order's channel, for what the caller sent. */
    static SubmitPolicy of(Channel channel, Readiness readiness, Boolean acceptTerms, String termsVersion) {
        return new SubmitPolicy(
                readiness, channel.requiresTerms() ? channel.termsVersion() : null, acceptTerms, termsVersion);
    }

    @Override
    public List<FieldProblem> problemsOf(Order order) {
        var problems = new ArrayList<>(readiness.problemsOf(order));
        if (currentTerms == null) {
            return problems;
        }
        if (!Boolean.TRUE.equals(acceptTerms)) {
            problems.add(new FieldProblem(
                    "/acceptTerms", "required", "the terms (version " + currentTerms + ") must be accepted"));
        } else if (termsVersion == null || !termsVersion.equals(currentTerms)) {
            problems.add(new FieldProblem(
                    "/termsVersion",
                    "current",
                    "accept the current terms, version " + currentTerms
                            + (termsVersion == null ? "" : ", not " + termsVersion)));
        }
        return problems;
    }

    /** The acceptance the order records, with who accepted and when; null when the channel has no terms. */
    TermsAcceptance acceptance(Stamp stamp) {
        return currentTerms == null ? null : new TermsAcceptance(currentTerms, stamp.actor(), stamp.at());
    }
}
