package com.masthead.channel;

import com.masthead.shared.Rows;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ChannelRepository {

    private final JdbcClient jdbc;

    ChannelRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Channel> findAll() {
        return jdbc.sql("""
                        select id, parent_id, name, slug, path, position, description, visible, version
                        from channel order by position, id""")
                .query((rs, n) -> new Channel(
                        rs.getLong("id"),
                        Rows.nullableLong(rs, "parent_id"),
                        rs.getString("name"),
                        rs.getString("slug"),
                        rs.getString("path"),
                        rs.getInt("position"),
                        rs.getString("description"),
                        rs.getBoolean("visible"),
                        rs.getInt("version")))
                .list();
    }

    long insert(ChannelDraft draft, String path, long now) {
        return jdbc.sql("""
                        insert into channel (parent_id, name, slug, path, position, description, visible,
                                             created_at, updated_at)
                        values (:parent, :name, :slug, :path, :position, :description, :visible, :now, :now)
                        returning id""")
                .param("parent", draft.parentId())
                .param("name", draft.name().strip())
                .param("slug", draft.slug())
                .param("path", path)
                .param("position", draft.position() == null ? 0 : draft.position())
                .param("description", draft.description())
                .param("visible", draft.visible() == null || draft.visible())
                .param("now", now)
                .query(Long.class)
                .single();
    }

    /** Updates when {@code version} is current; returns false when someone else saved first. */
    boolean update(long id, int version, ChannelDraft draft, String path, long now) {
        return jdbc.sql("""
                        update channel set parent_id = :parent, name = :name, slug = :slug, path = :path,
                               position = :position, description = :description, visible = :visible,
                               updated_at = :now, version = version + 1
                        where id = :id and version = :version""")
                        .param("parent", draft.parentId())
                        .param("name", draft.name().strip())
                        .param("slug", draft.slug())
                        .param("path", path)
                        .param("position", draft.position() == null ? 0 : draft.position())
                        .param("description", draft.description())
                        .param("visible", draft.visible() == null || draft.visible())
                        .param("now", now)
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    void updatePath(long id, String path) {
        jdbc.sql("update channel set path = :path where id = :id")
                .param("path", path)
                .param("id", id)
                .update();
    }
}
