package dev.ordino.taxes;

import dev.ordino.shared.CurrentActor;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.FieldProblem;
import dev.ordino.shared.Page;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.Patch;
import dev.ordino.shared.ProblemType;
import dev.ordino.shared.StaffOnly;
import dev.ordino.shared.StaleVersion;
import dev.ordino.taxes.internal.TaxZones;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The taxes' entry point: keep tax zones and their rates, and say which rates apply to a destination. */
@Service
@Transactional
public class TaxManagement {

    private final TaxZones zones;
    private final Clock clock;
    private final CurrentActor actor;

    TaxManagement(TaxZones zones, Clock clock, CurrentActor actor) {
        this.zones = zones;
        this.clock = clock;
        this.actor = actor;
    }

    public TaxZone create(NewTaxZone request) {
        var now = now();
        var zone = new TaxZone(
                UUID.randomUUID(),
                request.name().strip(),
                request.country().strip().toUpperCase(Locale.ROOT),
                region(request.region()),
                normalized(request.rates()),
                1,
                now,
                now);
        check(zone);
        zones.insert(zone);
        return zone;
    }

    @Transactional(readOnly = true)
    public Optional<TaxZone> find(UUID id) {
        return zones.find(id);
    }

    @Transactional(readOnly = true)
    public TaxZone get(UUID id) {
        StaffOnly.require(actor.get(), "Tax zones");
        return zones.find(id).orElseThrow(() -> DomainException.notFound("Tax zone", id));
    }

    /** Zones ordered by country and region; {@code country} narrows them to one country. For staff only. */
    @Transactional(readOnly = true)
    public Page<TaxZone> list(String country, PageRequest page) {
        StaffOnly.require(actor.get(), "Tax zones");
        return zones.list(country == null ? null : country.strip().toUpperCase(Locale.ROOT), page);
    }

    public TaxZone update(UUID id, Patch<TaxZoneChanges> patch, Long expectedVersion) {
        var current = zones.findForUpdate(id).orElseThrow(() -> DomainException.notFound("Tax zone", id));
        if (expectedVersion != null && expectedVersion != current.version()) {
            throw new StaleVersion("Tax zone " + current.name(), expectedVersion, current.version());
        }
        var c = patch.value();
        patch.requireNonNullIfPresent("name", c.name());
        patch.requireNonNullIfPresent("country", c.country());
        patch.requireNonNullIfPresent("rates", c.rates());
        var changed = new TaxZone(
                current.id(),
                patch.has("name") ? c.name().strip() : current.name(),
                patch.has("country") ? c.country().strip().toUpperCase(Locale.ROOT) : current.country(),
                patch.has("region") ? region(c.region()) : current.region(),
                patch.has("rates") ? normalized(c.rates()) : current.rates(),
                current.version() + 1,
                current.createdAt(),
                now());
        check(changed);
        zones.update(changed);
        return changed;
    }

    public void delete(UUID id, Long expectedVersion) {
        var current = zones.findForUpdate(id).orElseThrow(() -> DomainException.notFound("Tax zone", id));
        if (expectedVersion != null && expectedVersion != current.version()) {
            throw new StaleVersion("Tax zone " + current.name(), expectedVersion, current.version());
        }
        zones.delete(id);
    }

    /** The rates of the most specific zone for a destination: its country and region, else its whole country. */
    @Transactional(readOnly = true)
    public TaxRates ratesFor(String country, String region) {
        if (country == null || country.isBlank()) {
            return TaxRates.NONE;
        }
        return zones.mostSpecific(country.strip().toUpperCase(Locale.ROOT), region(region))
                .map(zone -> new TaxRates(zone.id(), zone.name(), zone.rates()))
                .orElse(TaxRates.NONE);
    }

    private void check(TaxZone zone) {
        var problems = new ArrayList<FieldProblem>();
        var seen = new HashSet<String>();
        for (int i = 0; i < zone.rates().size(); i++) {
            var rate = zone.rates().get(i);
            if (!seen.add(rate.taxClass() + "\u0000" + rate.name().toLowerCase(Locale.ROOT))) {
                problems.add(new FieldProblem(
                        "/rates/" + i + "/name",
                        "unique",
                        "the class " + rate.taxClass() + " already has a rate named " + rate.name()));
            }
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        zones.findIdFor(zone.country(), zone.region())
                .filter(other -> !other.equals(zone.id()))
                .ifPresent(other -> {
                    throw new DomainException(
                            ProblemType.CONFLICT,
                            "There is already a tax zone for " + zone.country()
                                    + (zone.region() == null ? "" : ", " + zone.region()),
                            List.of(new FieldProblem(
                                    zone.region() == null ? "/country" : "/region", "unique", "zone " + other)));
                });
    }

    /** Classes are compared ignoring case: stored lower-cased, names and percentages as given. */
    private static List<TaxRate> normalized(List<TaxRate> rates) {
        return rates.stream()
                .map(r -> new TaxRate(
                        r.taxClass().strip().toLowerCase(Locale.ROOT), r.name().strip(), r.percentage()))
                .toList();
    }

    private static String region(String region) {
        return region == null || region.isBlank() ? null : region.strip();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
