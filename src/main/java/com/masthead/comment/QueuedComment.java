package com.masthead.comment;

import com.masthead.lexicon.ScreeningMatch;
import java.util.List;

/**
 * A comment as moderators see it: every stored field, the article it belongs to, and the lexicon matches in its
 * text found by the current screen (positions into {@code comment.text()}), for highlighting.
 */
public record QueuedComment(CommentRow comment, String articleTitle, String articleUrl, List<ScreeningMatch> matches) {

    public QueuedComment {
        matches = List.copyOf(matches);
    }
}
