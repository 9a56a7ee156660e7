package dev.ordino.shipping;

import dev.ordino.shared.CurrentActor;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.FieldProblem;
import dev.ordino.shared.Page;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.Patch;
import dev.ordino.shared.ProblemType;
import dev.ordino.shared.StaffOnly;
import dev.ordino.shared.StaleVersion;
import dev.ordino.shipping.internal.ShippingMethods;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Shipping's entry point: keep the store's shipping methods and price a shipment with them. */
@Service
@Transactional
public class ShippingManagement {

    private final ShippingMethods methods;
    private final Clock clock;
    private final CurrentActor actor;

    ShippingManagement(ShippingMethods methods, Clock clock, CurrentActor actor) {
        this.methods = methods;
        this.clock = clock;
        this.actor = actor;
    }

    public ShippingMethod create(NewShippingMethod request) {
        var now = now();
        var method = new ShippingMethod(
                UUID.randomUUID(),
                request.code().strip().toLowerCase(Locale.ROOT),
                request.name().strip(),
                blankToNull(request.carrier()),
                request.active() == null || request.active(),
                countries(request.countries()),
                request.basis(),
                request.currency(),
                request.rates(),
                1,
                now,
                now);
        check(method);
        methods.insert(method);
        return method;
    }

    @Transactional(readOnly = true)
    public Optional<ShippingMethod> find(UUID id) {
        return methods.find(id);
    }

    @Transactional(readOnly = true)
    public ShippingMethod get(UUID id) {
        StaffOnly.require(actor.get(), "Shipping methods");
        return methods.find(id).orElseThrow(() -> DomainException.notFound("Shipping method", id));
    }

    /** The staff's list of shipping methods; a buyer asks for her order's rates instead. */
    @Transactional(readOnly = true)
    public Page<ShippingMethod> list(PageRequest page) {
        StaffOnly.require(actor.get(), "Shipping methods");
        return methods.list(page);
    }

    public ShippingMethod update(UUID id, Patch<ShippingMethodChanges> patch, Long expectedVersion) {
        var current = lock(id, expectedVersion);
        var c = patch.value();
        for (var required : List.of("code", "name", "active", "basis", "currency", "rates")) {
            patch.requireNonNullIfPresent(required, value(c, required));
        }
        var changed = new ShippingMethod(
                current.id(),
                patch.has("code") ? c.code().strip().toLowerCase(Locale.ROOT) : current.code(),
                patch.has("name") ? c.name().strip() : current.name(),
                patch.has("carrier") ? blankToNull(c.carrier()) : current.carrier(),
                patch.has("active") ? c.active() : current.active(),
                patch.has("countries") ? countries(c.countries()) : current.countries(),
                patch.has("basis") ? c.basis() : current.basis(),
                patch.has("currency") ? c.currency() : current.currency(),
                patch.has("rates") ? c.rates() : current.rates(),
                current.version() + 1,
                current.createdAt(),
                now());
        check(changed);
        methods.update(changed);
        return changed;
    }

    /** Drafts shipping with a deleted method lose it on their next change; placed orders keep their price. */
    public void delete(UUID id, Long expectedVersion) {
        lock(id, expectedVersion);
        methods.delete(id);
    }

    /** Every active method that can send this shipment, cheapest first, then by name. */
    @Transactional(readOnly = true)
    public List<ShippingRate> ratesFor(Shipment shipment) {
        var rates = new ArrayList<ShippingRate>();
        for (var method : methods.active()) {
            method.priceFor(shipment).ifPresent(price -> rates.add(rate(method, price)));
        }
        rates.sort(Comparator.comparing((ShippingRate r) -> r.price().amount()).thenComparing(ShippingRate::name));
        return rates;
    }

    /** One method's price for this shipment; empty if it cannot send it. */
    @Transactional(readOnly = true)
    public Optional<ShippingRate> rateFor(UUID methodId, Shipment shipment) {
        return methods.find(methodId)
                .flatMap(method -> method.priceFor(shipment).map(price -> rate(method, price)));
    }

    private static ShippingRate rate(ShippingMethod method, dev.ordino.shared.Money price) {
        return new ShippingRate(method.id(), method.code(), method.name(), method.carrier(), price);
    }

    private ShippingMethod lock(UUID id, Long expectedVersion) {
        var current = methods.findForUpdate(id).orElseThrow(() -> DomainException.notFound("Shipping method", id));
        if (expectedVersion != null && expectedVersion != current.version()) {
            throw new StaleVersion("Shipping method " + current.code(), expectedVersion, current.version());
        }
        return current;
    }

    /** Brackets in order without overlaps, prices in the method's currency and not negative, grams whole. */
    private void check(ShippingMethod method) {
        var problems = new ArrayList<FieldProblem>();
        var rates = method.rates();
        for (int i = 0; i < rates.size(); i++) {
            var at = "/rates/" + i;
            var bracket = rates.get(i);
            if (bracket.upTo() != null && bracket.upTo().compareTo(bracket.from()) <= 0) {
                problems.add(new FieldProblem(at + "/upTo", "greaterThanFrom", "must be greater than from"));
            }
            if (method.basis() == RateBasis.WEIGHT
                    && (bracket.from().stripTrailingZeros().scale() > 0
                            || (bracket.upTo() != null
                                    && bracket.upTo().stripTrailingZeros().scale() > 0))) {
                problems.add(new FieldProblem(at + "/from", "wholeGrams", "a weight bracket is in whole grams"));
            }
            if (i > 0) {
                var previous = rates.get(i - 1);
                if (previous.upTo() == null || bracket.from().compareTo(previous.upTo()) < 0) {
                    problems.add(new FieldProblem(
                            at + "/from",
                            "overlap",
                            "brackets go in order without overlapping: must be at least the previous upTo"));
                }
            }
            if (!bracket.price().hasCurrency(method.currency())) {
                problems.add(new FieldProblem(
                        at + "/price/currency",
                        "currency",
                        "must be in " + method.currency() + ", the method's currency"));
            } else if (bracket.price().isNegative()) {
                problems.add(new FieldProblem(at + "/price", "positiveOrZero", "must not be negative"));
            }
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        methods.findIdByCode(method.code())
                .filter(other -> !other.equals(method.id()))
                .ifPresent(other -> {
                    throw new DomainException(
                            ProblemType.CONFLICT,
                            "Shipping method code " + method.code() + " is already taken",
                            List.of(new FieldProblem("/code", "unique", "taken by " + other)));
                });
    }

    private static List<String> countries(List<String> countries) {
        return countries == null
                ? List.of()
                : countries.stream()
                        .map(c -> c.strip().toUpperCase(Locale.ROOT))
                        .distinct()
                        .toList();
    }

    private static Object value(ShippingMethodChanges c, String field) {
        switch (field) {
            case "code":
                return c.code();
            case "name":
                return c.name();
            case "active":
                return c.active();
            case "basis":
                return c.basis();
            case "currency":
                return c.currency();
            default:
                return c.rates();
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
