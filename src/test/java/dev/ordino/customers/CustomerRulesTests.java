package dev.ordino.customers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordino.shared.FieldProblem;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rules of a customer on its own, without Spring or a database. */
class CustomerRulesTests {

    private static Customer customer(CustomerType type, String companyName, PaymentTerms terms, UUID billingGroupId) {
        var now = Instant.parse("2026-12-01T09:00:00Z");
        return new Customer(
                UUID.randomUUID(),
                type,
                "ann@contoso.example",
                "Ann",
                "Smith",
                null,
                companyName,
                terms,
                billingGroupId,
                null,
                false,
                null,
                List.of(),
                1,
                now,
                now);
    }

    private static List<String> pointers(Customer customer) {
        return CustomerRules.problemsOf(customer).stream()
                .map(FieldProblem::pointer)
                .toList();
    }

    @Test
    void aBusinessNeedsACompanyName() {
        var problems = CustomerRules.problemsOf(customer(CustomerType.BUSINESS, null, PaymentTerms.IMMEDIATE, null));
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.pointer()).isEqualTo("/companyName");
            assertThat(problem.code()).isEqualTo("required");
            assertThat(problem.message()).contains("business", "company name");
        });
        assertThat(pointers(customer(CustomerType.BUSINESS, "  ", PaymentTerms.IMMEDIATE, null)))
                .containsExactly("/companyName");
        assertThat(pointers(customer(CustomerType.BUSINESS, "Contoso", PaymentTerms.NET_30, null)))
                .isEmpty();
    }

    @Test
    void anIndividualNeedsNoCompanyName() {
        assertThat(pointers(customer(CustomerType.INDIVIDUAL, null, PaymentTerms.IMMEDIATE, null)))
                .isEmpty();
    }

    @Test
    void anIndividualPaysImmediatelyAndBelongsToNoBillingGroup() {
        assertThat(pointers(customer(CustomerType.INDIVIDUAL, null, PaymentTerms.NET_30, UUID.randomUUID())))
                .containsExactly("/paymentTerms", "/billingGroupId");
    }
}
