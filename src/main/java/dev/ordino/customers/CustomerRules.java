package dev.ordino.customers;

import dev.ordino.shared.FieldProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of a customer as a whole that need nothing but the customer: the required fields (a business's
 * company name among them), and what only a business has (payment terms other than IMMEDIATE, a billing
 * group). Whether a billing group or price list
 * exists is {@link CustomerManagement}'s to check.
 */
final class CustomerRules {

    private CustomerRules() {}

    static List<FieldProblem> problemsOf(Customer customer) {
        var problems = new ArrayList<FieldProblem>();
        if (customer.type() == null) {
            problems.add(new FieldProblem("/type", "required", "type is required"));
        }
        requireText(problems, "/email", "email", customer.email());
        requireText(problems, "/firstName", "firstName", customer.firstName());
        requireText(problems, "/lastName", "lastName", customer.lastName());
        var business = customer.type() == CustomerType.BUSINESS;
        if (business
                && (customer.companyName() == null || customer.companyName().isBlank())) {
            problems.add(new FieldProblem(
                    "/companyName", "required", "a business customer needs a company name; an individual does not"));
        }
        if (!business && customer.paymentTerms() != PaymentTerms.IMMEDIATE) {
            problems.add(new FieldProblem(
                    "/paymentTerms",
                    "businessOnly",
                    "payment terms " + customer.paymentTerms() + " are for business customers only; an individual"
                            + " pays IMMEDIATE"));
        }
        if (customer.billingGroupId() != null && !business) {
            problems.add(new FieldProblem(
                    "/billingGroupId", "businessOnly", "only business customers belong to a billing group"));
        }
        if (customer.addresses().size() > CustomerManagement.MAX_ADDRESSES) {
            problems.add(new FieldProblem(
                    "/addresses", "size", "a customer has at most " + CustomerManagement.MAX_ADDRESSES + " addresses"));
        }
        return problems;
    }

    static void requireText(List<FieldProblem> problems, String pointer, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(pointer, "required", field + " is required"));
        }
    }
}
