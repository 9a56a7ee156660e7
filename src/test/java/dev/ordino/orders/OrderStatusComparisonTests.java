package dev.ordino.orders;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Statuses are asked, never compared: outside {@link OrderStatus} no class of the application names a status
 * ({@code OrderStatus.DRAFT}), so every rule that depends on one lives in the transition table's enum. A
 * comparison {@code status == OrderStatus.DRAFT} or a {@code switch} over statuses reads the constant, which is
 * what this rule finds in the byte code.
 */
class OrderStatusComparisonTests {

    private static final DescribedPredicate<JavaFieldAccess> A_STATUS_CONSTANT = DescribedPredicate.describe(
            "a status constant of OrderStatus",
            access -> access.getTarget().getOwner().isEquivalentTo(OrderStatus.class)
                    && access.getTarget()
                            .resolveMember()
                            .map(f -> f.getRawType().isEquivalentTo(OrderStatus.class))
                            .orElse(true));

    @Test
    void onlyTheTransitionTableNamesAStatus() {
        var classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.ordino");
        noClasses()
                .that(DescribedPredicate.not(insideOrderStatus()))
                .should()
                .accessFieldWhere(A_STATUS_CONSTANT)
                .because("statuses are asked (status.allowsEditing(), status.holdsPromotionUses()), never compared")
                .check(classes);
    }

    private static DescribedPredicate<JavaClass> insideOrderStatus() {
        return DescribedPredicate.describe(
                "OrderStatus or its nested classes",
                c -> c.isEquivalentTo(OrderStatus.class)
                        || c.getEnclosingClass()
                                .map(e -> e.isEquivalentTo(OrderStatus.class))
                                .orElse(false));
    }
}
