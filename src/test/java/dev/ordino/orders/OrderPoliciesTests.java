package dev.ordino.orders;

import static dev.ordino.orders.OrderModelFixtures.CLERK;
import static dev.ordino.orders.OrderModelFixtures.READY;
import static dev.ordino.orders.OrderModelFixtures.aDraft;
import static dev.ordino.orders.OrderModelFixtures.problems;
import static dev.ordino.orders.OrderModelFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.ordino.shared.ProblemType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The guards of the actions that the order cannot check alone (docs/lifecycle.md, "Actions and their guards"): the
 * policies hold what the channel and the caller say, look at the order, and return every problem they find.
 */
class OrderPoliciesTests {

    private static final String TERMS = "2026-11";

    /** A channel whose terms are of {@link #TERMS}, and what the caller sent. */
    private static SubmitPolicy submitting(Boolean acceptTerms, String termsVersion) {
        return new SubmitPolicy(READY, TERMS, acceptTerms, termsVersion);
    }

    @Test
    void aSubmitNeedsTheTermsAcceptedWhenTheChannelHasThem() {
        var order = aDraft().withLine("SKU-1", 2).draft();
        assertThat(problems(submitting(null, TERMS).problemsOf(order))).containsExactly("/acceptTerms required");
        assertThat(problems(submitting(false, TERMS).problemsOf(order))).containsExactly("/acceptTerms required");
        assertThat(submitting(true, TERMS).problemsOf(order)).isEmpty();
    }

    @Test
    void anOlderTermsVersionIsNotEnough() {
        var order = aDraft().withLine("SKU-1", 2).draft();
        var older = submitting(true, "2025-01").problemsOf(order);
        assertThat(problems(older)).containsExactly("/termsVersion current");
        assertThat(older.get(0).message()).contains("version " + TERMS, "not 2025-01");
        assertThat(problems(submitting(true, null).problemsOf(order))).containsExactly("/termsVersion current");
    }

    @Test
    void theAcceptanceRecordsTheCurrentVersionWhoAndWhen() {
        assertThat(submitting(true, TERMS).acceptance(CLERK))
                .isEqualTo(new TermsAcceptance(TERMS, "Clerk", CLERK.at()));
    }

    @Test
    void aChannelWithoutTermsAsksForNone() {
        var order = aDraft().withLine("SKU-1", 2).draft();
        var noTerms = new SubmitPolicy(READY, null, null, null);
        assertThat(noTerms.problemsOf(order)).isEmpty();
        assertThat(noTerms.acceptance(CLERK)).isNull();
    }

    @Test
    void aSubmitReportsWhatIsNotReadyAndTheTermsTogether() {
        var empty = aDraft().draft();
        assertThat(problems(submitting(null, null).problemsOf(empty)))
                .containsExactly("/lines required", "/acceptTerms required");
    }

    @Test
    void placingAsksForAReadyOrderAndNoTerms() {
        assertThat(new PlacementPolicy(READY)
                        .problemsOf(aDraft().withLine("SKU-1", 2).draft()))
                .isEmpty();
        assertThat(problems(new PlacementPolicy(READY)
                        .problemsOf(aDraft().withoutCustomer().draft())))
                .containsExactly("/lines required", "/customerId required");
    }

    @Test
    void anInvoiceNeedsALineAndSomewhereToGo() {
        var nothing = aDraft().withoutCustomer().draft();
        assertThat(problems(new InvoicePolicy(null).problemsOf(nothing)))
                .containsExactly("/lines required", "/to required");
        var incomplete = aDraft().withoutShippingAddress().withLine("SKU-1", 2).draft();
        assertThat(new InvoicePolicy(null).problemsOf(incomplete)).isEmpty();
    }

    @Test
    void anInvoiceGoesWhereTheCallerSaysElseToTheCustomer() {
        var order = aDraft().withLine("SKU-1", 2).draft();
        assertThat(new InvoicePolicy(" billing@acme.example ").recipient(order)).isEqualTo("billing@acme.example");
        assertThat(new InvoicePolicy(" ").recipient(order))
                .isEqualTo(order.customer().email());
        assertThat(new InvoicePolicy(null).recipient(aDraft().withoutCustomer().draft()))
                .isNull();
    }

    @Test
    void onlyDraftsAreDeleted() {
        assertThatCode(() -> DeletePolicy.requireDeletable(aDraft().draft())).doesNotThrowAnyException();
        var placed = aDraft().withLine("SKU-1", 2).placed();
        var refused = refusal(() -> DeletePolicy.requireDeletable(placed));
        assertThat(refused.type()).isEqualTo(ProblemType.CONFLICT);
        assertThat(refused.getMessage()).contains("cancel it instead");
    }

    @Test
    void aRefusedDeleteAdvisesTheActionThatWorksOnTheOrderNow() {
        var submitted = aDraft().withLine("SKU-1", 2).submitted();
        assertThat(refusal(() -> DeletePolicy.requireDeletable(submitted)).getMessage())
                .contains("retract it first")
                .doesNotContain("cancel");
        var invoiced = aDraft().withLine("SKU-1", 2).invoiced();
        assertThat(refusal(() -> DeletePolicy.requireDeletable(invoiced)).getMessage())
                .contains("revert it to a draft first")
                .doesNotContain("cancel");
        var cancelled = aDraft().withLine("SKU-1", 2).placed(OrderAction.CANCEL);
        assertThat(refusal(() -> DeletePolicy.requireDeletable(cancelled)).getMessage())
                .endsWith("only drafts can be deleted");
        assertThat(DeletePolicy.problemsOf(List.of(submitted.id()), List.of(submitted))
                        .get(0)
                        .message())
                .contains("retract it first");
    }

    @Test
    void aBulkDeleteNamesEveryOrderThatIsMissingOrNotADraft() {
        var draft = aDraft().draft();
        var submitted = aDraft().withLine("SKU-1", 2).submitted();
        var ids = List.of(draft.id(), OrderId.random(), submitted.id());
        assertThat(problems(DeletePolicy.problemsOf(ids, List.of(draft, submitted))))
                .containsExactly("/ids/1 exists", "/ids/2 draft");
        assertThat(DeletePolicy.problemsOf(List.of(draft.id()), List.of(draft))).isEmpty();
    }
}
