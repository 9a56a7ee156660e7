package dev.ordino.orders;

import dev.ordino.shared.SortOrder;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Text templates in SQL: table {@code text_templates}, a name unique per kind ignoring case. */
@Repository
class TextTemplates {

    private final JdbcClient jdbc;

    TextTemplates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<TextTemplate> list(TextTemplateKind kind) {
        var sql = "SELECT * FROM text_templates" + (kind == null ? "" : " WHERE kind = :kind")
                + " ORDER BY kind, name_key, id";
        var query = jdbc.sql(sql);
        if (kind != null) {
            query = query.param("kind", kind.name());
        }
        return query.query(TextTemplates::read).list();
    }

    Optional<TextTemplate> find(UUID id) {
        return jdbc.sql("SELECT * FROM text_templates WHERE id = :id")
                .param("id", id)
                .query(TextTemplates::read)
                .optional();
    }

    /** Whether another template of {@code kind} has the name (ignoring case). */
    boolean nameTaken(TextTemplateKind kind, String name, UUID except) {
        return jdbc.sql("SELECT COUNT(*) FROM text_templates WHERE kind = :kind AND name_key = :key AND id <> :id")
                        .param("kind", kind.name())
                        .param("key", key(name))
                        .param("id", except)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void insert(TextTemplate t) {
        jdbc.sql("""
                INSERT INTO text_templates (id, kind, name, name_key, text, version, created_at, updated_at)
                VALUES (:id, :kind, :name, :key, :text, :version, :createdAt, :updatedAt)""")
                .param("id", t.id())
                .param("kind", t.kind().name())
                .param("name", t.name())
                .param("key", key(t.name()))
                .param("text", t.text())
                .param("version", t.version())
                .param("createdAt", SortOrder.utc(t.createdAt()))
                .param("updatedAt", SortOrder.utc(t.updatedAt()))
                .update();
    }

    /** Writes the template if it is still at {@code expectedVersion}; false when it was not. */
    boolean update(TextTemplate t, long expectedVersion) {
        return jdbc.sql("""
                UPDATE text_templates SET name = :name, name_key = :key, text = :text, version = :version,
                    updated_at = :updatedAt
                WHERE id = :id AND version = :expected""")
                        .param("id", t.id())
                        .param("name", t.name())
                        .param("key", key(t.name()))
                        .param("text", t.text())
                        .param("version", t.version())
                        .param("updatedAt", SortOrder.utc(t.updatedAt()))
                        .param("expected", expectedVersion)
                        .update()
                == 1;
    }

    void delete(UUID id) {
        jdbc.sql("DELETE FROM text_templates WHERE id = :id").param("id", id).update();
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static TextTemplate read(ResultSet rs, int rowNum) throws SQLException {
        return new TextTemplate(
                rs.getObject("id", UUID.class),
                TextTemplateKind.valueOf(rs.getString("kind").trim()),
                rs.getString("name"),
                rs.getString("text"),
                rs.getLong("version"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
