package com.masthead.comment;

import com.masthead.support.SqliteSiteTest;
import java.net.URI;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reader comments over real HTTP on SQLite. */
class CommentSqliteIntegrationTests extends SqliteSiteTest
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
