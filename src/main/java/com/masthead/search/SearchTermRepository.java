package com.masthead.search;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The newsroom dictionary's terms ({@code search_term}) and version ({@code search_dictionary_version}). */
@Repository
class SearchTermRepository {

    private final JdbcClient jdbc;

    SearchTermRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every term, in term order. */
    List<DictionaryTerm> all() {
        return jdbc.sql("select id, term, kind, created_at from search_term order by term")
                .query((rs, n) -> new DictionaryTerm(
                        rs.getLong("id"),
                        rs.getString("term"),
                        rs.getString("kind"),
                        Instant.ofEpochMilli(rs.getLong("created_at"))))
                .list();
    }

    List<String> terms() {
        return jdbc.sql("select term from search_term").query(String.class).list();
    }

    void insert(String term, String kind, long createdAtMillis) {
        jdbc.sql("insert into search_term (term, kind, created_at) values (:term, :kind, :now)")
                .param("term", term)
                .param("kind", kind)
                .param("now", createdAtMillis)
                .update();
    }

    void delete(long id) {
        jdbc.sql("delete from search_term where id = :id").param("id", id).update();
    }

    /** The dictionary's version ({@code search_dictionary_version}). */
    long version() {
        return jdbc.sql("select version from search_dictionary_version where id = 1")
                .query(Long.class)
                .single();
    }

    /** Raises the version; in the transaction that changes the terms (it also orders concurrent changes). */
    void raiseVersion() {
        jdbc.sql("update search_dictionary_version set version = version + 1 where id = 1")
                .update();
    }
}
