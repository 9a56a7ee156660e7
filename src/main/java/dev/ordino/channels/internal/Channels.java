package dev.ordino.channels.internal;

import dev.ordino.channels.Channel;
import dev.ordino.channels.ChannelManagement;
import dev.ordino.channels.ChannelQuery;
import dev.ordino.channels.FieldMapping;
import dev.ordino.channels.Invoicing;
import dev.ordino.channels.OrderPush;
import dev.ordino.channels.Workflow;
import dev.ordino.shared.Cursor;
import dev.ordino.shared.Like;
import dev.ordino.shared.Page;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.SortOrder;
import dev.ordino.shared.TransactionCache;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** The channel in SQL: a row in channels and its tags, in order, in channel_tags. */
@Repository
public class Channels {

    private static final List<SortOrder> SORTS = List.of(
            SortOrder.ascending("name", "c.name", SortOrder::text),
            SortOrder.descending("name", "c.name", SortOrder::text),
            SortOrder.ascending("code", "c.code", SortOrder::text),
            SortOrder.descending("code", "c.code", SortOrder::text),
            SortOrder.ascending("createdAt", "c.created_at", SortOrder::timestamp),
            SortOrder.descending("createdAt", "c.created_at", SortOrder::timestamp));

    private static final TypeReference<List<FieldMapping>> MAPPINGS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    private static final String CACHE = "channels";

    Channels(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insert(Channel channel) {
        TransactionCache.forget(CACHE, channel.id());
        jdbc.sql("""
                INSERT INTO channels (id, code, name, description, is_internal, workflow, requires_terms,
                    terms_version, terms_text, requires_billing_address, warehouse_group_id, price_list_id,
                    prices_include_tax, deposit_percent, open_to_buyers, notify_order_confirmation, notify_shipped,
                    order_push_integration_id, order_push_delay_minutes, order_push_store, push_fulfillment_updates,
                    field_mappings,
                    invoice_timing, invoice_flow, accounting_integration_id, version, created_at, updated_at)
                VALUES (:id, :code, :name, :description, :internal, :workflow, :requiresTerms,
                    :termsVersion, :termsText, :requiresBillingAddress, :warehouseGroupId, :priceListId,
                    :pricesIncludeTax, :depositPercent, :openToBuyers, :notifyOrderConfirmation, :notifyShipped,
                    :pushIntegrationId, :pushDelayMinutes, :pushStore, :pushFulfillmentUpdates, :fieldMappings,
                    :invoiceTiming, :invoiceFlow, :accountingIntegrationId, :version, :createdAt, :updatedAt)
                """).params(columns(channel)).update();
        insertTags(channel);
    }

    public void update(Channel channel) {
        TransactionCache.forget(CACHE, channel.id());
        jdbc.sql("""
                UPDATE channels SET code = :code, name = :name, description = :description, is_internal = :internal,
                    workflow = :workflow, requires_terms = :requiresTerms, terms_version = :termsVersion,
                    terms_text = :termsText, requires_billing_address = :requiresBillingAddress,
                    warehouse_group_id = :warehouseGroupId, price_list_id = :priceListId,
                    prices_include_tax = :pricesIncludeTax, deposit_percent = :depositPercent,
                    open_to_buyers = :openToBuyers, notify_order_confirmation = :notifyOrderConfirmation,
                    notify_shipped = :notifyShipped, order_push_integration_id = :pushIntegrationId,
                    order_push_delay_minutes = :pushDelayMinutes, order_push_store = :pushStore,
                    push_fulfillment_updates = :pushFulfillmentUpdates,
                    field_mappings = :fieldMappings, invoice_timing = :invoiceTiming, invoice_flow = :invoiceFlow,
                    accounting_integration_id = :accountingIntegrationId, version = :version,
                    updated_at = :updatedAt
                WHERE id = :id
                """).params(columns(channel)).update();
        jdbc.sql("DELETE FROM channel_tags WHERE channel_id = ?")
                .param(channel.id())
                .update();
        insertTags(channel);
    }

    /** Read once per transaction (see {@link TransactionCache}). */
    public Optional<Channel> find(UUID id) {
        return TransactionCache.get(
                CACHE, id, key -> findAll(List.of(key)).stream().findFirst());
    }

    /** Loads the channel and locks its row until the transaction ends, so writers take turns. */
    public Optional<Channel> findForUpdate(UUID id) {
        var locked = jdbc.sql("SELECT id FROM channels WHERE id = ? FOR UPDATE")
                .param(id)
                .query(UUID.class)
                .optional();
        return locked.flatMap(this::find);
    }

    public List<Channel> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var rows = jdbc.sql("SELECT * FROM channels c WHERE c.id IN (:ids)")
                .param("ids", ids)
                .query(this::channelRow)
                .list();
        return assemble(rows);
    }

    /** The id of the channel with this (lower-cased) code. */
    public Optional<UUID> findIdByCode(String code) {
        return jdbc.sql("SELECT id FROM channels WHERE code = ?")
                .param(code)
                .query(UUID.class)
                .optional();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM channels").query(Long.class).single();
    }

    /** The channels the query asks for; {@code openToBuyers}, when given, narrows them to those open (or closed) to buyers. */
    public Page<Channel> search(ChannelQuery query, PageRequest page, Boolean openToBuyers) {
        var sort = SortOrder.choose(query.sort(), SORTS);
        var where = new ArrayList<String>();
        var params = new HashMap<String, Object>();
        if (query.q() != null && !query.q().isBlank()) {
            where.add("""
                    (c.code LIKE :q ESCAPE '\\' OR LOWER(c.name) LIKE :q ESCAPE '\\'
                     OR EXISTS (SELECT 1 FROM channel_tags t WHERE t.channel_id = c.id
                                AND LOWER(t.tag) LIKE :q ESCAPE '\\'))""");
            params.put("q", Like.containing(query.q()));
        }
        if (query.workflow() != null) {
            where.add("c.workflow = :workflow");
            params.put("workflow", query.workflow().name());
        }
        if (query.internal() != null) {
            where.add("c.is_internal = :internal");
            params.put("internal", query.internal());
        }
        if (openToBuyers != null) {
            where.add("c.open_to_buyers = :openToBuyers");
            params.put("openToBuyers", openToBuyers);
        }
        if (page.after() != null) {
            where.add(sort.after(page.after(), "c.id", params));
        }
        var sql = "SELECT * FROM channels c" + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY " + sort.orderBy("c.id") + " LIMIT " + page.fetchSize();
        var rows = jdbc.sql(sql).params(params).query(this::channelRow).list();
        return Page.of(
                assemble(rows),
                page.limit(),
                channel -> new Cursor(sort.parameter(), keyOf(sort, channel), channel.id()));
    }

    private static String keyOf(SortOrder sort, Channel channel) {
        return switch (sort.column()) {
            case "c.name" -> channel.name();
            case "c.code" -> channel.code();
            default -> SortOrder.keyOf(channel.createdAt());
        };
    }

    private void insertTags(Channel channel) {
        int position = 0;
        for (var tag : channel.tags()) {
            jdbc.sql("INSERT INTO channel_tags (channel_id, position, tag) VALUES (?, ?, ?)")
                    .params(channel.id(), position++, tag)
                    .update();
        }
    }

    private Map<String, Object> columns(Channel channel) {
        var columns = new HashMap<String, Object>();
        columns.put("id", channel.id());
        columns.put("code", channel.code());
        columns.put("name", channel.name());
        columns.put("description", channel.description());
        columns.put("internal", channel.internal());
        columns.put("workflow", channel.workflow().name());
        columns.put("requiresTerms", channel.requiresTerms());
        columns.put("termsVersion", channel.termsVersion());
        columns.put("termsText", channel.termsText());
        columns.put("requiresBillingAddress", channel.requiresBillingAddress());
        columns.put("warehouseGroupId", channel.warehouseGroupId());
        columns.put("priceListId", channel.priceListId());
        columns.put("pricesIncludeTax", channel.pricesIncludeTax());
        columns.put("depositPercent", channel.depositPercent());
        columns.put("openToBuyers", channel.openToBuyers());
        columns.put("notifyOrderConfirmation", channel.notifyOrderConfirmation());
        columns.put("notifyShipped", channel.notifyShipped());
        var push = channel.orderPush();
        columns.put("pushIntegrationId", push == null ? null : push.integrationId());
        columns.put("pushDelayMinutes", push == null ? null : push.delayMinutes());
        columns.put("pushStore", push == null ? null : push.store());
        columns.put("pushFulfillmentUpdates", push != null && push.pushFulfillmentUpdates());
        columns.put("fieldMappings", json.writeValueAsString(channel.fieldMappings()));
        var invoicing = channel.invoicing();
        columns.put(
                "invoiceTiming", invoicing == null ? null : invoicing.timing().name());
        columns.put(
                "invoiceFlow",
                invoicing == null || invoicing.flow() == null
                        ? null
                        : invoicing.flow().name());
        columns.put("accountingIntegrationId", invoicing == null ? null : invoicing.accountingIntegrationId());
        columns.put("version", channel.version());
        columns.put("createdAt", SortOrder.utc(channel.createdAt()));
        columns.put("updatedAt", SortOrder.utc(channel.updatedAt()));
        return columns;
    }

    /** A channels row before its tags are attached. */
    private record ChannelRow(
            UUID id,
            String code,
            String name,
            String description,
            boolean internal,
            Workflow workflow,
            boolean requiresTerms,
            String termsVersion,
            String termsText,
            boolean requiresBillingAddress,
            UUID warehouseGroupId,
            UUID priceListId,
            boolean pricesIncludeTax,
            Integer depositPercent,
            boolean openToBuyers,
            boolean notifyOrderConfirmation,
            boolean notifyShipped,
            @Nullable OrderPush orderPush,
            List<FieldMapping> fieldMappings,
            @Nullable Invoicing invoicing,
            long version,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt) {}

    private static @Nullable OrderPush orderPush(ResultSet rs) throws SQLException {
        var integrationId = rs.getObject("order_push_integration_id", UUID.class);
        return integrationId == null
                ? null
                : new OrderPush(
                        integrationId,
                        rs.getObject("order_push_delay_minutes", Integer.class),
                        rs.getBoolean("push_fulfillment_updates"),
                        rs.getString("order_push_store"));
    }

    private static @Nullable Invoicing invoicing(ResultSet rs) throws SQLException {
        var timing = rs.getString("invoice_timing");
        var flow = rs.getString("invoice_flow");
        return timing == null
                ? null
                : new Invoicing(
                        Invoicing.Timing.valueOf(timing),
                        flow == null ? null : Invoicing.Flow.valueOf(flow),
                        rs.getObject("accounting_integration_id", UUID.class));
    }

    private ChannelRow channelRow(ResultSet rs, int rowNum) throws SQLException {
        return new ChannelRow(
                rs.getObject("id", UUID.class),
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("description"),
                rs.getBoolean("is_internal"),
                Workflow.valueOf(rs.getString("workflow")),
                rs.getBoolean("requires_terms"),
                rs.getString("terms_version"),
                rs.getString("terms_text"),
                rs.getBoolean("requires_billing_address"),
                rs.getObject("warehouse_group_id", UUID.class),
                rs.getObject("price_list_id", UUID.class),
                rs.getBoolean("prices_include_tax"),
                rs.getObject("deposit_percent", Integer.class),
                rs.getBoolean("open_to_buyers"),
                rs.getBoolean("notify_order_confirmation"),
                rs.getBoolean("notify_shipped"),
                orderPush(rs),
                json.readValue(rs.getString("field_mappings"), MAPPINGS),
                invoicing(rs),
                rs.getLong("version"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }

    /** Attaches the tags to the rows with one query for all of them, keeping row order. */
    private List<Channel> assemble(List<ChannelRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        var ids = rows.stream().map(ChannelRow::id).toList();
        var tagsByChannel = new HashMap<UUID, List<String>>();
        jdbc.sql("SELECT channel_id, tag FROM channel_tags WHERE channel_id IN (:ids) ORDER BY channel_id, position")
                .param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getObject("channel_id", UUID.class), rs.getString("tag")))
                .list()
                .forEach(e -> tagsByChannel
                        .computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));

        return rows.stream()
                .map(row -> new Channel(
                        row.id(),
                        row.code(),
                        row.name(),
                        row.description(),
                        tagsByChannel.getOrDefault(row.id(), List.of()),
                        row.internal(),
                        row.workflow(),
                        row.requiresTerms(),
                        row.termsVersion(),
                        row.termsText(),
                        row.requiresBillingAddress(),
                        row.warehouseGroupId(),
                        row.priceListId(),
                        row.pricesIncludeTax(),
                        row.depositPercent(),
                        row.openToBuyers(),
                        row.notifyOrderConfirmation(),
                        row.notifyShipped(),
                        row.orderPush(),
                        row.fieldMappings(),
                        row.invoicing(),
                        ChannelManagement.DEFAULT_CHANNEL_ID.equals(row.id()),
                        row.version(),
                        row.createdAt().toInstant(),
                        row.updatedAt().toInstant()))
                .toList();
    }
}
