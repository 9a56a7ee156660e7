package dev.ordino.identity.internal;

import dev.ordino.identity.ApiToken;
import dev.ordino.shared.Cursor;
import dev.ordino.shared.Page;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.SortOrder;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** API tokens in SQL: only the SHA-256 of a secret is stored; scopes as a space-separated list. */
@Repository
public class Tokens {

    private static final SortOrder NEWEST = SortOrder.descending("createdAt", "t.created_at", SortOrder::timestamp);

    private final JdbcClient jdbc;

    Tokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(ApiToken token, String secretHash) {
        jdbc.sql("""
                INSERT INTO api_tokens (id, name, token_hash, scopes, user_id, expires_at, created_at, revoked_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        token.id(),
                        token.name(),
                        secretHash,
                        String.join(" ", token.scopes()),
                        token.userId(),
                        token.expiresAt() == null ? null : SortOrder.utc(token.expiresAt()),
                        SortOrder.utc(token.createdAt()),
                        null)
                .update();
    }

    public void revoke(UUID id, Instant at) {
        jdbc.sql("UPDATE api_tokens SET revoked_at = ? WHERE id = ?")
                .params(SortOrder.utc(at), id)
                .update();
    }

    public Optional<ApiToken> find(UUID id) {
        return jdbc.sql("SELECT * FROM api_tokens WHERE id = ?")
                .param(id)
                .query(Tokens::token)
                .optional();
    }

    public Optional<ApiToken> findByHash(String secretHash) {
        return jdbc.sql("SELECT * FROM api_tokens WHERE token_hash = ?")
                .param(secretHash)
                .query(Tokens::token)
                .optional();
    }

    /** Tokens newest first; {@code userId} narrows them to one user's. */
    public Page<ApiToken> list(UUID userId, PageRequest page) {
        var params = new HashMap<String, Object>();
        var sort = SortOrder.choose(null, List.of(NEWEST));
        var conditions = new java.util.ArrayList<String>();
        if (userId != null) {
            conditions.add("t.user_id = :userId");
            params.put("userId", userId);
        }
        if (page.after() != null) {
            conditions.add(sort.after(page.after(), "t.id", params));
        }
        var where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        var rows = jdbc.sql("SELECT * FROM api_tokens t" + where + " ORDER BY " + sort.orderBy("t.id") + " LIMIT "
                        + page.fetchSize())
                .params(params)
                .query(Tokens::token)
                .list();
        return Page.of(rows, page.limit(), t -> new Cursor(sort.parameter(), SortOrder.keyOf(t.createdAt()), t.id()));
    }

    private static ApiToken token(ResultSet rs, int row) throws SQLException {
        var expires = rs.getObject("expires_at", OffsetDateTime.class);
        var revoked = rs.getObject("revoked_at", OffsetDateTime.class);
        return new ApiToken(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                Arrays.asList(rs.getString("scopes").split(" ")),
                expires == null ? null : expires.toInstant(),
                rs.getObject("user_id", UUID.class),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                revoked == null ? null : revoked.toInstant());
    }
}
