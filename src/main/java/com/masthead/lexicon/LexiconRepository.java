package com.masthead.lexicon;

import com.masthead.shared.PageRequest;
import com.masthead.shared.PageResult;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code lexicon_term} table. A term is unique by its folded form. */
@Repository
class LexiconRepository {

    private static final String COLUMNS = "id, term, tier, updated_at, updated_by";

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    LexiconRepository(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    List<LexiconTerm> all() {
        return jdbc.sql("select " + COLUMNS + " from lexicon_term")
                .query(LexiconRepository::term)
                .list();
    }

    /** Changes whenever a term is added, removed or re-tiered: the row count plus the newest change time. */
    String revision() {
        return jdbc.sql("select count(*) as n, max(updated_at) as latest from lexicon_term")
                .query((rs, n) -> rs.getLong("n") + ":" + rs.getLong("latest"))
                .single();
    }

    PageResult<LexiconTerm> list(LexiconTier tier, String contains, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new java.util.HashMap<>();
        if (tier != null) {
            where.append(" and tier = :tier");
            params.put("tier", tier.name());
        }
        if (contains != null && !contains.isBlank()) {
            where.append(" and folded like :contains");
            params.put(
                    "contains",
                    "%" + TextFolding.fold(contains).replace("%", "").replace("_", "") + "%");
        }
        List<LexiconTerm> items = jdbc.sql("select " + COLUMNS + " from lexicon_term" + where
                        + " order by tier, folded limit :limit offset :offset")
                .params(params)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(LexiconRepository::term)
                .list();
        long total = jdbc.sql("select count(*) from lexicon_term" + where)
                .params(params)
                .query(Long.class)
                .single();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    Optional<LexiconTerm> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from lexicon_term where id = :id")
                .param("id", id)
                .query(LexiconRepository::term)
                .optional();
    }

    Optional<LexiconTerm> findByFolded(String folded) {
        return jdbc.sql("select " + COLUMNS + " from lexicon_term where folded = :folded")
                .param("folded", folded)
                .query(LexiconRepository::term)
                .optional();
    }

    /** Folded form → tier of every term, for imports. */
    Map<String, LexiconTier> tiersByFolded() {
        Map<String, LexiconTier> tiers = new java.util.HashMap<>();
        jdbc.sql("select folded, tier from lexicon_term").query((ResultSet rs) -> {
            tiers.put(rs.getString("folded"), LexiconTier.valueOf(rs.getString("tier")));
        });
        return tiers;
    }

    long insert(String term, String folded, LexiconTier tier, Instant now, String actor) {
        return jdbc.sql("""
                        insert into lexicon_term (term, folded, tier, created_at, updated_at, updated_by)
                        values (:term, :folded, :tier, :now, :now, :actor) returning id""")
                .param("term", term)
                .param("folded", folded)
                .param("tier", tier.name())
                .param("now", now.toEpochMilli())
                .param("actor", actor)
                .query(Long.class)
                .single();
    }

    void insertAll(List<String[]> termAndFolded, LexiconTier tier, Instant now, String actor) {
        List<Object[]> rows = new ArrayList<>();
        for (String[] t : termAndFolded) {
            rows.add(new Object[] {t[0], t[1], tier.name(), now.toEpochMilli(), now.toEpochMilli(), actor});
        }
        jdbcTemplate.batchUpdate(
                "insert into lexicon_term (term, folded, tier, created_at, updated_at, updated_by)"
                        + " values (?, ?, ?, ?, ?, ?)",
                rows);
    }

    void retierAll(List<String> folded, LexiconTier tier, Instant now, String actor) {
        List<Object[]> rows = new ArrayList<>();
        for (String f : folded) {
            rows.add(new Object[] {tier.name(), now.toEpochMilli(), actor, f});
        }
        jdbcTemplate.batchUpdate(
                "update lexicon_term set tier = ?, updated_at = ?, updated_by = ? where folded = ?", rows);
    }

    boolean delete(long id) {
        return jdbc.sql("delete from lexicon_term where id = :id")
                        .param("id", id)
                        .update()
                > 0;
    }

    private static LexiconTerm term(ResultSet rs, int row) throws SQLException {
        return new LexiconTerm(
                rs.getLong("id"),
                rs.getString("term"),
                LexiconTier.valueOf(rs.getString("tier")),
                Instant.ofEpochMilli(rs.getLong("updated_at")),
                rs.getString("updated_by"));
    }
}
