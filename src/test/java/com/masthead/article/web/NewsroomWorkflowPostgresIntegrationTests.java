package com.masthead.article.web;

import com.masthead.support.PostgresSiteTest;

class NewsroomWorkflowPostgresIntegrationTests extends PostgresSiteTest implements NewsroomWorkflowContract {

    @Override
    public long channelId() {
        return jdbc.sql("select id from channel where parent_id is not null order by id limit 1")
                .query(Long.class)
                .single();
    }

    @Override
    public String reviewState(long articleId) {
        return jdbc.sql("select review_state from article where id = ?")
                .param(articleId)
                .query(String.class)
                .single();
    }

    @Override
    public String jdbcTitle(long articleId) {
        return jdbc.sql("select title from article where id = ?")
                .param(articleId)
                .query(String.class)
                .single();
    }

    @Override
    public String publicUrl(long articleId) {
        String date = jdbc.sql("select url_date from article where id = ?")
                .param(articleId)
                .query(String.class)
                .single();
        return "/news/" + date.replace('-', '/') + "/" + articleId + ".html";
    }
}
