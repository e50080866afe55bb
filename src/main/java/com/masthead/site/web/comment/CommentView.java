package com.masthead.site.web.comment;

import com.masthead.comment.PublicComment;
import java.util.List;

/**
 * One approved comment ready to print: nickname and text already masked, text in plain and link segments (every
 * string is escaped by the template), and where it was posted.
 */
public record CommentView(
        long id,
        String nickname,
        String time,
        List<PublicComment.Segment> segments,
        String reportUrl,
        String articleTitle,
        String articleUrl) {}
