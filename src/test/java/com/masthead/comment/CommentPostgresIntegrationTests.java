package com.masthead.comment;

import com.masthead.support.PostgresSiteTest;
import java.net.URI;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reader comments over real HTTP on PostgreSQL. */
class CommentPostgresIntegrationTests extends PostgresSiteTest
        implements CommentContract, CommentModerationContract, CommentHostileInputContract {

    @Override
    public URI address(String path) {
        return uri(path);
    }

    @Override
    public JdbcClient database() {
        return jdbc;
    }
}
