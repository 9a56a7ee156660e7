package dev.ordino.identity.internal;

import dev.ordino.identity.Role;
import dev.ordino.identity.User;
import dev.ordino.shared.Cursor;
import dev.ordino.shared.Page;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.SortOrder;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Users in SQL; the password hash stays in here. E-mails are unique ignoring case ({@code email_key}). */
@Repository
public class Users {

    private static final SortOrder BY_EMAIL = SortOrder.ascending("email", "u.email_key", SortOrder::text);

    private final JdbcClient jdbc;

    Users(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(User user, String passwordHash) {
        jdbc.sql("""
                INSERT INTO users (id, email, email_key, name, role, customer_id, password_hash, active, version,
                    created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        user.id(),
                        user.email(),
                        key(user.email()),
                        user.name(),
                        user.role().name(),
                        user.customerId(),
                        passwordHash,
                        user.active(),
                        user.version(),
                        SortOrder.utc(user.createdAt()),
                        SortOrder.utc(user.updatedAt()))
                .update();
    }

    public void update(User user) {
        jdbc.sql("UPDATE users SET name = ?, role = ?, active = ?, version = ?, updated_at = ? WHERE id = ?")
                .params(
                        user.name(),
                        user.role().name(),
                        user.active(),
                        user.version(),
                        SortOrder.utc(user.updatedAt()),
                        user.id())
                .update();
    }

    public void updatePassword(UUID id, String passwordHash) {
        jdbc.sql("UPDATE users SET password_hash = ? WHERE id = ?")
                .params(passwordHash, id)
                .update();
    }

    public Optional<String> passwordHash(UUID id) {
        return jdbc.sql("SELECT password_hash FROM users WHERE id = ?")
                .param(id)
                .query(String.class)
                .optional();
    }

    public Optional<User> find(UUID id) {
        return jdbc.sql("SELECT * FROM users WHERE id = ?")
                .param(id)
                .query(Users::user)
                .optional();
    }

    public Optional<User> findForUpdate(UUID id) {
        return jdbc.sql("SELECT * FROM users WHERE id = ? FOR UPDATE")
                .param(id)
                .query(Users::user)
                .optional();
    }

    public Optional<UUID> findIdByEmail(String email) {
        return jdbc.sql("SELECT id FROM users WHERE email_key = ?")
                .param(key(email))
                .query(UUID.class)
                .optional();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM users").query(Long.class).single();
    }

    public long countWithRole(Role role) {
        return jdbc.sql("SELECT COUNT(*) FROM users WHERE role = ? AND active = TRUE")
                .param(role.name())
                .query(Long.class)
                .single();
    }

    public Page<User> list(PageRequest page) {
        var params = new HashMap<String, Object>();
        var sort = SortOrder.choose(null, List.of(BY_EMAIL));
        var where = page.after() == null ? "" : " WHERE " + sort.after(page.after(), "u.id", params);
        var rows = jdbc.sql("SELECT * FROM users u" + where + " ORDER BY " + sort.orderBy("u.id") + " LIMIT "
                        + page.fetchSize())
                .params(params)
                .query(Users::user)
                .list();
        return Page.of(rows, page.limit(), u -> new Cursor(sort.parameter(), key(u.email()), u.id()));
    }

    private static String key(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static User user(ResultSet rs, int row) throws SQLException {
        return new User(
                rs.getObject("id", UUID.class),
                rs.getString("email"),
                rs.getString("name"),
                Role.valueOf(rs.getString("role")),
                rs.getObject("customer_id", UUID.class),
                rs.getBoolean("active"),
                rs.getLong("version"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
