package com.masthead.site.web.comment;

import java.util.List;

/**
 * The 最新评论 block under an article: the newest approved comments with the total, a link to all of them, and the
 * form (null when the channel has closed comments).
 */
public record CommentsBlock(long total, List<CommentView> items, String allUrl, boolean hasMore, CommentForm form) {

    public boolean open() {
        return form != null;
    }
}
