package com.masthead.site.web.comment;

import com.masthead.shared.PageResult;

/**
 * A paged list of comments: all comments of one article ({@code articleTitle} set) or the latest comments site-wide.
 */
public record CommentListPage(
        String heading, String articleTitle, String articleUrl, PageResult<CommentView> comments, String baseUrl) {

    public String pageUrl(int page) {
        return page <= 1 ? baseUrl : baseUrl + "?page=" + page;
    }

    public boolean siteWide() {
        return articleTitle == null;
    }
}
