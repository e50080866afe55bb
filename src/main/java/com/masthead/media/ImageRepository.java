package com.masthead.media;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ImageRepository {

    private static final String SELECT =
            "select id, hash, media_type, extension, width, height, byte_size, alt, caption, credit, version from image";

    private static final String TEXT_MATCH = "(lower(coalesce(alt, '')) like :pattern escape '\\'"
            + " or lower(coalesce(caption, '')) like :pattern escape '\\'"
            + " or lower(coalesce(credit, '')) like :pattern escape '\\')";

    private final JdbcClient jdbc;

    ImageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Image> find(long id) {
        return jdbc.sql(SELECT + " where id = :id")
                .param("id", id)
                .query(ImageRepository::row)
                .optional();
    }

    Optional<Image> findByHash(String hash) {
        return jdbc.sql(SELECT + " where hash = :hash")
                .param("hash", hash)
                .query(ImageRepository::row)
                .optional();
    }

    List<Image> findAll(Collection<Long> ids) {
        return jdbc.sql(SELECT + " where id in (:ids)")
                .param("ids", ids)
                .query(ImageRepository::row)
                .list();
    }

    List<Image> page(int limit, long offset) {
        return jdbc.sql(SELECT + " order by created_at desc, id desc limit :limit offset :offset")
                .param("limit", limit)
                .param("offset", offset)
                .query(ImageRepository::row)
                .list();
    }

    long count() {
        return jdbc.sql("select count(*) from image").query(Long.class).single();
    }

    /** Images whose alt text, caption or credit contains {@code text} (case-insensitive), newest first. */
    List<Image> search(String text, int limit, long offset) {
        return jdbc.sql(SELECT + " where " + TEXT_MATCH
                        + " order by created_at desc, id desc limit :limit offset :offset")
                .param("pattern", containsPattern(text))
                .param("limit", limit)
                .param("offset", offset)
                .query(ImageRepository::row)
                .list();
    }

    long countMatching(String text) {
        return jdbc.sql("select count(*) from image where " + TEXT_MATCH)
                .param("pattern", containsPattern(text))
                .query(Long.class)
                .single();
    }

    /** A LIKE pattern matching {@code text} anywhere, with the wildcard characters in it taken literally. */
    static String containsPattern(String text) {
        String escaped = text.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }

    long insert(ProcessedImage image, ImageMetadata text, long now) {
        return insert(
                new PreparedImage(
                        image.hash(),
                        image.mediaType(),
                        image.extension(),
                        image.width(),
                        image.height(),
                        image.original().length),
                text,
                now);
    }

    long insert(PreparedImage image, ImageMetadata text, long now) {
        return jdbc.sql("""
                        insert into image (hash, media_type, extension, width, height, byte_size,
                                           alt, caption, credit, created_at, updated_at)
                        values (:hash, :mediaType, :extension, :width, :height, :byteSize,
                                :alt, :caption, :credit, :now, :now) returning id""")
                .param("hash", image.hash())
                .param("mediaType", image.mediaType())
                .param("extension", image.extension())
                .param("width", image.width())
                .param("height", image.height())
                .param("byteSize", image.byteSize())
                .param("alt", text.alt())
                .param("caption", text.caption())
                .param("credit", text.credit())
                .param("now", now)
                .query(Long.class)
                .single();
    }

    boolean updateMetadata(long id, int version, ImageMetadata text, long now) {
        return jdbc.sql("""
                        update image set alt = :alt, caption = :caption, credit = :credit,
                               updated_at = :now, version = version + 1
                        where id = :id and version = :version""")
                        .param("alt", text.alt())
                        .param("caption", text.caption())
                        .param("credit", text.credit())
                        .param("now", now)
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    private static Image row(ResultSet rs, int n) throws SQLException {
        return new Image(
                rs.getLong("id"),
                rs.getString("hash"),
                rs.getString("media_type"),
                rs.getString("extension"),
                rs.getInt("width"),
                rs.getInt("height"),
                rs.getLong("byte_size"),
                rs.getString("alt"),
                rs.getString("caption"),
                rs.getString("credit"),
                rs.getInt("version"));
    }
}
