package com.masthead.comment;

import com.masthead.lexicon.SensitiveWordScreen;
import com.masthead.shared.PageRequest;
import com.masthead.shared.PageResult;
import org.springframework.stereotype.Service;

/**
 * What readers see: approved comments of an article and the latest approved comments on published articles,
 * newest first. REPLACE-tier terms are masked at read time (so a lexicon change applies to old comments too), and
 * links are cut out as link segments only where the comment's channel allows links. One query per page.
 */
@Service
public class CommentReading {

    private final CommentRepository comments;
    private final CommentSettings settings;
    private final SensitiveWordScreen screen;
    private final CommentProperties properties;

    CommentReading(
            CommentRepository comments,
            CommentSettings settings,
            SensitiveWordScreen screen,
            CommentProperties properties) {
        this.comments = comments;
        this.settings = settings;
        this.screen = screen;
        this.properties = properties;
    }

    /** Comments per page, as configured. */
    public int pageSize() {
        return properties.pageSize();
    }

    /** Approved comments of one article, with the total count of approved comments. */
    public PageResult<PublicComment> forArticle(long articleId, int page) {
        return comments.approvedFor(articleId, new PageRequest(page, properties.pageSize()))
                .map(this::shown);
    }

    /** The latest approved comments on published articles, site-wide. */
    public PageResult<PublicComment> latest(int page) {
        return comments.latestApproved(new PageRequest(page, properties.pageSize()))
                .map(this::shown);
    }

    /** One approved comment on a published article, or empty. */
    public java.util.Optional<PublicComment> find(long id) {
        return comments.approvedById(id).map(this::shown);
    }

    private PublicComment shown(CommentRepository.PublicRow row) {
        boolean links = settings.rulesFor(row.channelId()).linksAllowed();
        return new PublicComment(
                row.id(),
                screen.mask(row.nickname()),
                CommentText.segments(screen.mask(row.text()), links),
                row.createdAt(),
                row.articleId(),
                row.articleTitle(),
                row.articleUrl());
    }
}
