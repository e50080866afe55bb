package com.masthead.epaper;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code epaper_page_file} and {@code epaper_issue_file} tables: which PDF belongs to which page or issue. */
@Repository
class PrintFileRepository {

    private final JdbcClient jdbc;

    PrintFileRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PageFile> pageFile(long pageId) {
        return jdbc.sql("""
                        select page_id, pdf_hash, pdf_bytes, width_pt, height_pt, has_text from epaper_page_file
                        where page_id = :page""")
                .param("page", pageId)
                .query((rs, n) -> new PageFile(
                        rs.getLong("page_id"),
                        rs.getString("pdf_hash"),
                        rs.getLong("pdf_bytes"),
                        rs.getDouble("width_pt"),
                        rs.getDouble("height_pt"),
                        rs.getBoolean("has_text")))
                .optional();
    }

    List<PageFile> pageFiles(Collection<Long> pageIds) {
        if (pageIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select page_id, pdf_hash, pdf_bytes, width_pt, height_pt, has_text from epaper_page_file
                        where page_id in (:pages)""")
                .param("pages", pageIds)
                .query((rs, n) -> new PageFile(
                        rs.getLong("page_id"),
                        rs.getString("pdf_hash"),
                        rs.getLong("pdf_bytes"),
                        rs.getDouble("width_pt"),
                        rs.getDouble("height_pt"),
                        rs.getBoolean("has_text")))
                .list();
    }

    /** The text blocks extracted from a page's PDF, as stored (JSON), if any. */
    Optional<String> textBlocks(long pageId) {
        return jdbc.sql("select text_blocks from epaper_page_file where page_id = :page")
                .param("page", pageId)
                .query(String.class)
                .optional();
    }

    /** Records (or replaces) a page's PDF. */
    void savePageFile(PageFile f, String textBlocks, long now) {
        int updated = jdbc.sql("""
                        update epaper_page_file set pdf_hash = :hash, pdf_bytes = :bytes, width_pt = :w,
                               height_pt = :h, has_text = :text, text_blocks = :blocks, updated_at = :now
                        where page_id = :page""")
                .param("hash", f.pdfHash())
                .param("bytes", f.pdfBytes())
                .param("w", f.widthPt())
                .param("h", f.heightPt())
                .param("text", f.hasText())
                .param("blocks", textBlocks)
                .param("now", now)
                .param("page", f.pageId())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into epaper_page_file (page_id, pdf_hash, pdf_bytes, width_pt, height_pt, has_text,
                                                          text_blocks, created_at, updated_at)
                            values (:page, :hash, :bytes, :w, :h, :text, :blocks, :now, :now)""")
                    .param("page", f.pageId())
                    .param("hash", f.pdfHash())
                    .param("bytes", f.pdfBytes())
                    .param("w", f.widthPt())
                    .param("h", f.heightPt())
                    .param("text", f.hasText())
                    .param("blocks", textBlocks)
                    .param("now", now)
                    .update();
        }
    }

    Optional<IssueFile> issueFile(long issueId) {
        return jdbc.sql("""
                        select issue_id, pdf_hash, pdf_bytes, page_count from epaper_issue_file
                        where issue_id = :issue""")
                .param("issue", issueId)
                .query((rs, n) -> new IssueFile(
                        rs.getLong("issue_id"),
                        rs.getString("pdf_hash"),
                        rs.getLong("pdf_bytes"),
                        rs.getInt("page_count")))
                .optional();
    }

    /** Records (or replaces) an issue's whole PDF. */
    void saveIssueFile(IssueFile f, long now) {
        int updated = jdbc.sql("""
                        update epaper_issue_file set pdf_hash = :hash, pdf_bytes = :bytes, page_count = :pages,
                               updated_at = :now
                        where issue_id = :issue""")
                .param("hash", f.pdfHash())
                .param("bytes", f.pdfBytes())
                .param("pages", f.pageCount())
                .param("now", now)
                .param("issue", f.issueId())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into epaper_issue_file (issue_id, pdf_hash, pdf_bytes, page_count, created_at,
                                                           updated_at)
                            values (:issue, :hash, :bytes, :pages, :now, :now)""")
                    .param("issue", f.issueId())
                    .param("hash", f.pdfHash())
                    .param("bytes", f.pdfBytes())
                    .param("pages", f.pageCount())
                    .param("now", now)
                    .update();
        }
    }
}
