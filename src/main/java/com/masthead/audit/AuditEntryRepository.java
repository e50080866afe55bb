package com.masthead.audit;

import static com.masthead.shared.Rows.instant;

import com.masthead.shared.PageRequest;
import com.masthead.shared.PageResult;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores audit entries and the chain head. Has no statement that updates or deletes an entry: the only writes are
 * an insert of a new entry and moving the one head row forward.
 */
@Repository
class AuditEntryRepository {

    private static final String COLUMNS = "seq, occurred_at, actor, action, subject, detail, address, prev_hash, hash";

    private final JdbcClient jdbc;

    AuditEntryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes the next sequence number and returns it with the current head hash. The update locks the head row
     * until the transaction ends (PostgreSQL; SQLite holds its single write lock anyway), so concurrent appenders
     * queue here and each sees the head its predecessor committed. Works the same on both databases, unlike
     * {@code select … for update}, which SQLite lacks.
     */
    Slot claimNext() {
        return jdbc.sql(
                        "update audit_chain_head set last_seq = last_seq + 1 where id = 1 returning last_seq, last_hash")
                .query((rs, n) -> new Slot(rs.getLong("last_seq"), rs.getString("last_hash")))
                .single();
    }

    void insert(AuditEntry e) {
        jdbc.sql("insert into audit_entry (" + COLUMNS + ") values (:seq, :occurredAt, :actor, :action, :subject,"
                        + " :detail, :address, :prevHash, :hash)")
                .param("seq", e.seq())
                .param("occurredAt", e.occurredAt().toEpochMilli())
                .param("actor", e.actor())
                .param("action", e.action())
                .param("subject", e.subject())
                .param("detail", e.detail())
                .param("address", e.address())
                .param("prevHash", e.prevHash())
                .param("hash", e.hash())
                .update();
    }

    /** Completes the head move begun by {@link #claimNext()} in the same transaction. */
    void setHeadHash(String hash) {
        jdbc.sql("update audit_chain_head set last_hash = :hash where id = 1")
                .param("hash", hash)
                .update();
    }

    ChainHead head() {
        return jdbc.sql("""
                        select h.last_seq, h.last_hash, e.occurred_at from audit_chain_head h
                        left join audit_entry e on e.seq = h.last_seq where h.id = 1""")
                .query((rs, n) ->
                        new ChainHead(rs.getLong("last_seq"), rs.getString("last_hash"), instant(rs, "occurred_at")))
                .single();
    }

    /** Up to {@code limit} entries after {@code seq}, in sequence order: one page of a verification walk. */
    List<AuditEntry> after(long seq, int limit) {
        return jdbc.sql("select " + COLUMNS + " from audit_entry where seq > :after order by seq limit :limit")
                .param("after", seq)
                .param("limit", limit)
                .query(AuditEntryRepository::entry)
                .list();
    }

    /** Entries matching the filter, newest first. */
    PageResult<AuditEntry> search(AuditFilter filter, PageRequest page) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (filter.actor() != null) {
            where.append(" and actor = :actor");
            params.put("actor", filter.actor());
        }
        if (filter.actionPrefix() != null) {
            // substr compares exactly and case-sensitively on both databases (SQLite's LIKE ignores ASCII case)
            where.append(" and substr(action, 1, :prefixLength) = :actionPrefix");
            params.put("actionPrefix", filter.actionPrefix());
            params.put(
                    "prefixLength",
                    filter.actionPrefix()
                            .codePointCount(0, filter.actionPrefix().length()));
        }
        if (filter.subject() != null) {
            where.append(" and subject = :subject");
            params.put("subject", filter.subject());
        }
        if (filter.from() != null) {
            where.append(" and occurred_at >= :from");
            params.put("from", filter.from().toEpochMilli());
        }
        if (filter.to() != null) {
            where.append(" and occurred_at < :to");
            params.put("to", filter.to().toEpochMilli());
        }
        if (filter.address() != null) {
            where.append(" and address = :address");
            params.put("address", filter.address());
        }
        long total = jdbc.sql("select count(*) from audit_entry" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<AuditEntry> items = jdbc.sql("select " + COLUMNS + " from audit_entry" + where
                        + " order by seq desc limit :limit offset :offset")
                .params(params)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(AuditEntryRepository::entry)
                .list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(
                rs.getLong("seq"),
                instant(rs, "occurred_at"),
                rs.getString("actor"),
                rs.getString("action"),
                rs.getString("subject"),
                rs.getString("detail"),
                rs.getString("address"),
                rs.getString("prev_hash"),
                rs.getString("hash"));
    }

    /** A claimed sequence number and the hash of the entry before it. */
    record Slot(long seq, String prevHash) {}
}
