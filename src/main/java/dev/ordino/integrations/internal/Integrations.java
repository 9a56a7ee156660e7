package dev.ordino.integrations.internal;

import dev.ordino.integrations.IntegrationType;
import dev.ordino.shared.SortOrder;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
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

/** Integrations in SQL: a row each in integrations, secrets and inbound secret encrypted by {@link Secrets}. */
@Repository
public class Integrations {

    private static final TypeReference<Map<String, String>> SETTINGS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    Integrations(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * An integration as stored: {@code secrets} and {@code inboundSecret} encrypted; {@code throttledUntil}: it
     * asked us to wait (429) until then; {@code polledUntil}: its shipments were last asked for up to then.
     */
    public record Stored(
            UUID id,
            IntegrationType type,
            String name,
            String baseUrl,
            Map<String, String> settings,
            @Nullable String secrets,
            String inboundSecret,
            @Nullable Instant throttledUntil,
            @Nullable Instant polledUntil,
            long version,
            Instant createdAt,
            Instant updatedAt) {

        public Stored {
            settings = Map.copyOf(settings);
        }
    }

    public void insert(Stored integration) {
        jdbc.sql("""
                INSERT INTO integrations (id, type, name, base_url, settings, secrets, inbound_secret, version,
                    created_at, updated_at)
                VALUES (:id, :type, :name, :baseUrl, :settings, :secrets, :inboundSecret, :version, :createdAt,
                    :updatedAt)
                """).params(columns(integration)).update();
    }

    public void update(Stored integration) {
        jdbc.sql("""
                UPDATE integrations SET name = :name, base_url = :baseUrl, settings = :settings, secrets = :secrets,
                    version = :version, updated_at = :updatedAt
                WHERE id = :id
                """).params(columns(integration)).update();
    }

    public Optional<Stored> find(UUID id) {
        return jdbc.sql("SELECT * FROM integrations WHERE id = ?")
                .param(id)
                .query(this::stored)
                .optional();
    }

    public Optional<Stored> findForUpdate(UUID id) {
        return jdbc.sql("SELECT * FROM integrations WHERE id = ? FOR UPDATE")
                .param(id)
                .query(this::stored)
                .optional();
    }

    public List<Stored> list() {
        return jdbc.sql("SELECT * FROM integrations ORDER BY name, id")
                .query(this::stored)
                .list();
    }

    public List<Stored> ofType(IntegrationType type) {
        return jdbc.sql("SELECT * FROM integrations WHERE type = ? ORDER BY name, id")
                .param(type.name())
                .query(this::stored)
                .list();
    }

    /** The far side asked us to wait until {@code until} (a 429): no push goes to it before then. */
    public void throttle(UUID id, Instant until) {
        jdbc.sql("UPDATE integrations SET throttled_until = ? WHERE id = ?")
                .params(SortOrder.utc(until), id)
                .update();
    }

    public void polled(UUID id, Instant until) {
        jdbc.sql("UPDATE integrations SET polled_until = ? WHERE id = ?")
                .params(SortOrder.utc(until), id)
                .update();
    }

    private Map<String, Object> columns(Stored integration) {
        var columns = new HashMap<String, Object>();
        columns.put("id", integration.id());
        columns.put("type", integration.type().name());
        columns.put("name", integration.name());
        columns.put("baseUrl", integration.baseUrl());
        columns.put("settings", json.writeValueAsString(integration.settings()));
        columns.put("secrets", integration.secrets());
        columns.put("inboundSecret", integration.inboundSecret());
        columns.put("version", integration.version());
        columns.put("createdAt", SortOrder.utc(integration.createdAt()));
        columns.put("updatedAt", SortOrder.utc(integration.updatedAt()));
        return columns;
    }

    private Stored stored(ResultSet rs, int row) throws SQLException {
        return new Stored(
                rs.getObject("id", UUID.class),
                IntegrationType.valueOf(rs.getString("type")),
                rs.getString("name"),
                rs.getString("base_url"),
                json.readValue(rs.getString("settings"), SETTINGS),
                rs.getString("secrets"),
                rs.getString("inbound_secret"),
                instant(rs, "throttled_until"),
                instant(rs, "polled_until"),
                rs.getLong("version"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
