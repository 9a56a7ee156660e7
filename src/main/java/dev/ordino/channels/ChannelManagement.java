package dev.ordino.channels;

import dev.ordino.catalog.CatalogManagement;
import dev.ordino.channels.internal.Channels;
import dev.ordino.shared.CurrentActor;
import dev.ordino.shared.DomainException;
import dev.ordino.shared.FieldProblem;
import dev.ordino.shared.Page;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.Patch;
import dev.ordino.shared.ProblemType;
import dev.ordino.shared.StaffOnly;
import dev.ordino.shared.StaleVersion;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The channels' entry point: create, change and find sales channels, and name the default channel that orders
 * without a channel go to. Every change moves a channel's version on by one.
 */
@Service
@Transactional
public class ChannelManagement {

    /** The channel orders without a {@code channelId} go to; the migration that creates the channels inserts it. */
    public static final UUID DEFAULT_CHANNEL_ID = UUID.fromString("00000000-0000-0000-0000-000000000001");

    public static final int MAX_CODE = 50;
    public static final int MAX_NAME = 200;
    public static final int MAX_DESCRIPTION = 2000;
    public static final int MAX_TAGS = 20;
    public static final int MAX_TAG = 50;
    public static final int MAX_TERMS_VERSION = 50;
    public static final int MAX_TERMS_TEXT = 100_000;

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final Channels channels;
    private final CatalogManagement catalog;
    private final ObjectProvider<WarehouseGroupDirectory> warehouseGroups;
    private final ObjectProvider<IntegrationDirectory> integrations;
    private final Clock clock;
    private final CurrentActor actor;
    private final String portalChannel;

    ChannelManagement(
            Channels channels,
            CatalogManagement catalog,
            ObjectProvider<WarehouseGroupDirectory> warehouseGroups,
            ObjectProvider<IntegrationDirectory> integrations,
            Clock clock,
            CurrentActor actor,
            @Value("${ordino.portal-channel:buyer-portal}") String portalChannel) {
        this.channels = channels;
        this.catalog = catalog;
        this.warehouseGroups = warehouseGroups;
        this.integrations = integrations;
        this.clock = clock;
        this.actor = actor;
        this.portalChannel = portalChannel;
    }

    public Channel create(NewChannel request) {
        var now = now();
        var problems = new ArrayList<FieldProblem>();
        var internal = Boolean.TRUE.equals(request.internal());
        var channel = new Channel(
                UUID.randomUUID(),
                codeKey(request.code()),
                required(request.name()),
                optional(request.description()),
                tags(request.tags(), problems),
                internal,
                request.workflow(),
                Boolean.TRUE.equals(request.requiresTerms()),
                optional(request.termsVersion()),
                text(request.termsText()),
                Boolean.TRUE.equals(request.requiresBillingAddress()),
                request.warehouseGroupId(),
                request.priceListId(),
                Boolean.TRUE.equals(request.pricesIncludeTax()),
                request.depositPercent(),
                request.openToBuyers() != null ? request.openToBuyers() : Channel.openToBuyersByDefault(internal),
                !Boolean.FALSE.equals(request.notifyOrderConfirmation()),
                !Boolean.FALSE.equals(request.notifyShipped()),
                push(request.orderPush()),
                mappings(request.fieldMappings()),
                request.invoicing(),
                false,
                1,
                now,
                now);
        problems.addAll(problemsOf(channel));
        requirePriceList(channel.priceListId(), problems);
        requireWarehouseGroup(channel.warehouseGroupId(), problems);
        problems.addAll(ChannelIntegrations.problemsOf(channel, integrations.getIfAvailable()));
        requireNoProblems(problems);
        requireFreeCode(channel);
        channels.insert(channel);
        return channel;
    }

    /** The integrations a channel may push to, by name; none when the integrations module is not there. */
    @Transactional(readOnly = true)
    public List<IntegrationDirectory.Choice> integrationChoices() {
        var directory = integrations.getIfAvailable();
        return directory == null ? List.of() : directory.choices();
    }

    /** The warehouse groups a channel may name, by code; none when fulfilment is not there (a slice test). */
    public List<WarehouseGroupDirectory.Choice> warehouseGroupChoices() {
        var directory = warehouseGroups.getIfAvailable();
        return directory == null ? List.of() : directory.choices();
    }

    /** The channel, for the modules that work with it (an order's channel); not a read of the settings. */
    @Transactional(readOnly = true)
    public Optional<Channel> find(UUID id) {
        return channels.find(id);
    }

    /** The channel's settings, for staff only (403 for a buyer). */
    @Transactional(readOnly = true)
    public Channel get(UUID id) {
        StaffOnly.require(actor.get(), "Channels");
        return channels.find(id).orElseThrow(() -> DomainException.notFound("Channel", id));
    }

    /**
     * The channel a new order goes to: when none is named, where the caller's drafts go ({@link #forCallersDraft}:
     * the default channel for staff, a channel a buyer can finish for a buyer), else the named one if the caller
     * may start orders in it ({@link Channel#opensTo}). A channel closed to the caller is answered exactly like
     * one that does not exist (422 at {@code /channelId}), so a buyer learns nothing of it.
     */
    @Transactional(readOnly = true)
    public Channel forNewOrder(UUID channelId) {
        if (channelId == null) {
            return forCallersDraft();
        }
        return channels.find(channelId)
                .filter(channel -> channel.opensTo(actor.get()))
                .orElseThrow(() ->
                        DomainException.invalid("/channelId", "exists", "channel " + channelId + " does not exist"));
    }

    /**
     * Where the caller's draft goes when she names no channel (the portal's new draft, a copy of an order in a
     * channel closed to her): for a buyer the portal's channel ({@code ordino.portal-channel}) if it is open to
     * her, else the first channel open to buyers that reviews orders, else the default channel; for staff the
     * default channel.
     */
    @Transactional(readOnly = true)
    public Channel forCallersDraft() {
        var caller = actor.get();
        if (!caller.isBuyer()) {
            return defaultChannel();
        }
        return findByCode(portalChannel)
                .filter(channel -> channel.opensTo(caller))
                .or(() ->
                        openToCaller().stream().filter(Channel::requiresReview).findFirst())
                .orElseGet(this::defaultChannel);
    }

    /**
     * The channel a copy of an order (clone, reorder) goes to: the original's while the caller may start orders
     * in it, else {@link #forCallersDraft()}; so a buyer's reorder of a wholesale order made by staff is not
     * a wholesale order.
     */
    @Transactional(readOnly = true)
    public Channel forCopyOf(UUID channelId) {
        var caller = actor.get();
        return channels.find(channelId)
                .filter(channel -> channel.opensTo(caller))
                .orElseGet(this::forCallersDraft);
    }

    /**
     * The channels the caller may start orders in, by code: every channel for staff, those open to buyers for a
     * buyer. The buyer-shaped read of the channels (the staff's list is {@link #list}).
     */
    @Transactional(readOnly = true)
    public List<Channel> openToCaller() {
        var caller = actor.get();
        return channels.search(
                        new ChannelQuery(null, null, null, "code"),
                        PageRequest.of(PageRequest.MAX_LIMIT, null),
                        caller.isBuyer() ? Boolean.TRUE : null)
                .items();
    }

    /** The channel with this code, ignoring case. */
    @Transactional(readOnly = true)
    public Optional<Channel> findByCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return channels.findIdByCode(codeKey(code)).flatMap(channels::find);
    }

    /** The channel orders without a {@code channelId} go to (code {@code default}, DIRECT unless changed). */
    @Transactional(readOnly = true)
    public Channel defaultChannel() {
        return channels.find(DEFAULT_CHANNEL_ID)
                .orElseThrow(() -> DomainException.notFound("Channel", DEFAULT_CHANNEL_ID));
    }

    /** The staff's list of channels (403 for a buyer, who asks {@link #openToCaller}). */
    @Transactional(readOnly = true)
    public Page<Channel> list(ChannelQuery query, PageRequest page) {
        StaffOnly.require(actor.get(), "Channels");
        return channels.search(query, page, null);
    }

    /**
     * Changes the fields sent. The default channel keeps its code; a channel that requires terms gets a new terms
     * text only together with a new terms version, because buyers accept a version.
     */
    public Channel update(UUID id, Patch<ChannelChanges> patch, Long expectedVersion) {
        var current = channels.findForUpdate(id).orElseThrow(() -> DomainException.notFound("Channel", id));
        requireVersion(current, expectedVersion);
        var c = patch.value();
        patch.requireNonNullIfPresent("code", c.code());
        patch.requireNonNullIfPresent("name", c.name());
        patch.requireNonNullIfPresent("workflow", c.workflow());
        patch.requireNonNullIfPresent("internal", c.internal());
        patch.requireNonNullIfPresent("requiresTerms", c.requiresTerms());
        patch.requireNonNullIfPresent("requiresBillingAddress", c.requiresBillingAddress());
        patch.requireNonNullIfPresent("pricesIncludeTax", c.pricesIncludeTax());
        patch.requireNonNullIfPresent("openToBuyers", c.openToBuyers());
        patch.requireNonNullIfPresent("notifyOrderConfirmation", c.notifyOrderConfirmation());
        patch.requireNonNullIfPresent("notifyShipped", c.notifyShipped());
        var internal = patch.has("internal") ? c.internal() : current.internal();
        boolean openToBuyers;
        if (patch.has("openToBuyers")) {
            openToBuyers = c.openToBuyers();
        } else if (internal != current.internal()) {
            openToBuyers = Channel.openToBuyersByDefault(internal);
        } else {
            openToBuyers = current.openToBuyers();
        }
        var problems = new ArrayList<FieldProblem>();
        var changed = new Channel(
                current.id(),
                patch.has("code") ? codeKey(c.code()) : current.code(),
                patch.has("name") ? required(c.name()) : current.name(),
                patch.has("description") ? optional(c.description()) : current.description(),
                patch.has("tags") ? tags(c.tags(), problems) : current.tags(),
                internal,
                patch.has("workflow") ? c.workflow() : current.workflow(),
                patch.has("requiresTerms") ? c.requiresTerms() : current.requiresTerms(),
                patch.has("termsVersion") ? optional(c.termsVersion()) : current.termsVersion(),
                patch.has("termsText") ? text(c.termsText()) : current.termsText(),
                patch.has("requiresBillingAddress") ? c.requiresBillingAddress() : current.requiresBillingAddress(),
                patch.has("warehouseGroupId") ? c.warehouseGroupId() : current.warehouseGroupId(),
                patch.has("priceListId") ? c.priceListId() : current.priceListId(),
                patch.has("pricesIncludeTax") ? c.pricesIncludeTax() : current.pricesIncludeTax(),
                patch.has("depositPercent") ? c.depositPercent() : current.depositPercent(),
                openToBuyers,
                patch.has("notifyOrderConfirmation") ? c.notifyOrderConfirmation() : current.notifyOrderConfirmation(),
                patch.has("notifyShipped") ? c.notifyShipped() : current.notifyShipped(),
                patch.has("orderPush") ? push(c.orderPush()) : current.orderPush(),
                patch.has("fieldMappings") ? mappings(c.fieldMappings()) : current.fieldMappings(),
                patch.has("invoicing") ? c.invoicing() : current.invoicing(),
                current.isDefault(),
                current.version() + 1,
                current.createdAt(),
                now());
        problems.addAll(problemsOf(changed));
        if (patch.has("priceListId")) {
            requirePriceList(changed.priceListId(), problems);
        }
        if (patch.has("warehouseGroupId")) {
            requireWarehouseGroup(changed.warehouseGroupId(), problems);
        }
        if (patch.has("orderPush") || patch.has("fieldMappings") || patch.has("invoicing")) {
            problems.addAll(ChannelIntegrations.problemsOf(changed, integrations.getIfAvailable()));
        }
        if (current.isDefault() && !current.code().equals(changed.code())) {
            problems.add(new FieldProblem(
                    "/code",
                    "immutable",
                    "the default channel keeps its code '" + current.code() + "': orders without a channel find it"));
        }
        if (textChangedUnderTheSameVersion(current, changed)) {
            problems.add(new FieldProblem(
                    "/termsVersion",
                    "changed",
                    "the terms text changed: it needs a new termsVersion, because buyers accept a version"));
        }
        requireNoProblems(problems);
        if (!changed.code().equals(current.code())) {
            requireFreeCode(changed);
        }
        channels.update(changed);
        return changed;
    }

    @Transactional(readOnly = true)
    public long count() {
        return channels.count();
    }

    /**
     * A terms version names one text, whether or not terms are required at the moment: otherwise switching terms
     * off, changing the text and switching them back on would change what buyers accepted under that version.
     * (A text cleared is reported as missing instead.)
     */
    private static boolean textChangedUnderTheSameVersion(Channel current, Channel changed) {
        return current.termsVersion() != null
                && current.termsText() != null
                && changed.termsText() != null
                && !Objects.equals(current.termsText(), changed.termsText())
                && Objects.equals(current.termsVersion(), changed.termsVersion());
    }

    private void requirePriceList(UUID priceListId, List<FieldProblem> problems) {
        if (priceListId != null && catalog.findPriceList(priceListId).isEmpty()) {
            problems.add(new FieldProblem("/priceListId", "exists", "price list " + priceListId + " does not exist"));
        }
    }

    /** A warehouse group must exist, when the module that owns them is there to say (else it is kept as given). */
    private void requireWarehouseGroup(UUID warehouseGroupId, List<FieldProblem> problems) {
        if (warehouseGroupId == null) {
            return;
        }
        var directory = warehouseGroups.getIfAvailable();
        if (directory != null && !directory.exists(warehouseGroupId)) {
            problems.add(new FieldProblem(
                    "/warehouseGroupId", "exists", "warehouse group " + warehouseGroupId + " does not exist"));
        }
    }

    private static void requireVersion(Channel current, Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != current.version()) {
            throw new StaleVersion("Channel " + current.id(), expectedVersion, current.version());
        }
    }

    /**
     * The rules of a channel as a whole, for callers that did not validate the request too: required fields,
     * lengths, the code's pattern, and the terms a channel that requires terms must have.
     */
    private static List<FieldProblem> problemsOf(Channel channel) {
        var problems = new ArrayList<FieldProblem>();
        if (channel.code() == null || channel.code().isEmpty()) {
            problems.add(new FieldProblem("/code", "required", "code is required"));
        } else if (channel.code().length() > MAX_CODE) {
            problems.add(tooLong("/code", "code", MAX_CODE));
        } else if (!CODE.matcher(channel.code()).matches()) {
            problems.add(new FieldProblem("/code", "pattern", NewChannel.CODE_MESSAGE));
        }
        if (channel.name() == null || channel.name().isEmpty()) {
            problems.add(new FieldProblem("/name", "required", "name is required"));
        } else if (channel.name().length() > MAX_NAME) {
            problems.add(tooLong("/name", "name", MAX_NAME));
        }
        if (channel.description() != null && channel.description().length() > MAX_DESCRIPTION) {
            problems.add(tooLong("/description", "description", MAX_DESCRIPTION));
        }
        if (channel.workflow() == null) {
            problems.add(new FieldProblem("/workflow", "required", "workflow is required (REVIEW or DIRECT)"));
        }
        if (channel.termsVersion() != null && channel.termsVersion().length() > MAX_TERMS_VERSION) {
            problems.add(tooLong("/termsVersion", "termsVersion", MAX_TERMS_VERSION));
        }
        if (channel.termsText() != null && channel.termsText().length() > MAX_TERMS_TEXT) {
            problems.add(tooLong("/termsText", "termsText", MAX_TERMS_TEXT));
        }
        if (channel.requiresTerms()) {
            if (channel.termsVersion() == null) {
                problems.add(new FieldProblem(
                        "/termsVersion",
                        "required",
                        "a channel that requires terms needs the termsVersion buyers accept"));
            }
            if (channel.termsText() == null) {
                problems.add(new FieldProblem(
                        "/termsText", "required", "a channel that requires terms needs the termsText buyers accept"));
            }
        }
        return problems;
    }

    /**
     * Tags trimmed and de-duplicated ignoring case (the first spelling stays), each 1 to {@value #MAX_TAG}
     * characters, at most {@value #MAX_TAGS} of them; {@code null} means none.
     */
    private static List<String> tags(List<String> given, List<FieldProblem> problems) {
        if (given == null) {
            return List.of();
        }
        if (given.size() > MAX_TAGS) {
            problems.add(new FieldProblem("/tags", "size", "a channel has at most " + MAX_TAGS + " tags"));
            return List.of();
        }
        var tags = new ArrayList<String>();
        var seen = new HashSet<String>();
        for (int i = 0; i < given.size(); i++) {
            var tag = given.get(i) == null ? "" : given.get(i).trim();
            if (tag.isEmpty()) {
                problems.add(new FieldProblem("/tags/" + i, "required", "a tag must not be empty"));
            } else if (tag.length() > MAX_TAG) {
                problems.add(new FieldProblem(
                        "/tags/" + i, "size", "a tag must be at most " + MAX_TAG + " characters long"));
            } else if (seen.add(tag.toLowerCase(Locale.ROOT))) {
                tags.add(tag);
            }
        }
        return tags;
    }

    private void requireFreeCode(Channel channel) {
        var owner = channels.findIdByCode(channel.code());
        if (owner.isPresent() && !owner.get().equals(channel.id())) {
            var message = "a channel with code " + channel.code() + " already exists";
            throw new DomainException(
                    ProblemType.CONFLICT, message, List.of(new FieldProblem("/code", "unique", message)));
        }
    }

    private static void requireNoProblems(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
    }

    private static FieldProblem tooLong(String pointer, String field, int max) {
        return new FieldProblem(pointer, "size", field + " must be at most " + max + " characters long");
    }

    /** Codes are unique ignoring case and stored lower-cased: {@code Wholesale} is {@code wholesale}. */
    private static String codeKey(String code) {
        return code == null ? null : code.trim().toLowerCase(Locale.ROOT);
    }

    /** A required text, trimmed; blank stays blank so that the rules can name the field. */
    private static String required(String text) {
        return text == null ? null : text.trim();
    }

    /** The push with its store trimmed; a blank store is the integration's own. */
    private static @Nullable OrderPush push(@Nullable OrderPush given) {
        return given == null
                ? null
                : new OrderPush(
                        given.integrationId(),
                        given.delayMinutes(),
                        given.pushFulfillmentUpdates(),
                        optional(given.store()));
    }

    /** Mapping rows trimmed; {@code null} means none. */
    private static List<FieldMapping> mappings(@Nullable List<FieldMapping> given) {
        if (given == null) {
            return List.of();
        }
        return given.stream()
                .map(m -> new FieldMapping(
                        m.source() == null ? "" : m.source().trim(),
                        m.target() == null ? "" : m.target().trim()))
                .toList();
    }

    /** An optional text, trimmed; blank means none. */
    private static String optional(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** A long text kept as written (its line breaks and indentation matter); blank means none. */
    private static String text(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
