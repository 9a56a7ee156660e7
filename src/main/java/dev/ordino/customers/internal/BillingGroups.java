package dev.ordino.customers.internal;

import dev.ordino.customers.BillingGroup;
import dev.ordino.shared.Cursor;
import dev.ordino.shared.Page;
import dev.ordino.shared.PageRequest;
import dev.ordino.shared.SortOrder;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Billing groups in SQL, listed by name. */
@Repository
public class BillingGroups {

    private static final SortOrder BY_NAME = SortOrder.ascending("name", "b.name", SortOrder::text);

    private final JdbcClient jdbc;

    BillingGroups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(BillingGroup group) {
        jdbc.sql("INSERT INTO billing_groups (id, name, created_at) VALUES (?, ?, ?)")
                .params(group.id(), group.name(), SortOrder.utc(group.createdAt()))
                .update();
    }

    public Optional<BillingGroup> find(UUID id) {
        return jdbc.sql("SELECT * FROM billing_groups b WHERE b.id = ?")
                .param(id)
                .query(this::billingGroup)
                .optional();
    }

    public boolean exists(UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM billing_groups WHERE id = ?")
                        .param(id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public Page<BillingGroup> list(PageRequest page) {
        var where = new ArrayList<String>();
        var params = new HashMap<String, Object>();
        if (page.after() != null) {
            where.add(BY_NAME.after(page.after(), "b.id", params));
        }
        var sql = "SELECT * FROM billing_groups b" + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY " + BY_NAME.orderBy("b.id") + " LIMIT " + page.fetchSize();
        List<BillingGroup> groups =
                jdbc.sql(sql).params(params).query(this::billingGroup).list();
        return Page.of(groups, page.limit(), group -> new Cursor(BY_NAME.parameter(), group.name(), group.id()));
    }

    private BillingGroup billingGroup(ResultSet rs, int rowNum) throws SQLException {
        return new BillingGroup(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
