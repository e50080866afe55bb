package com.masthead.popularity;

import com.masthead.support.PostgresSiteTest;
import java.net.http.HttpResponse;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Most-read over real HTTP on PostgreSQL. */
class MostReadPostgresIntegrationTests extends PostgresSiteTest implements MostReadContract {

    @Autowired
    ViewCounter views;

    @Override
    public JdbcClient database() {
        return jdbc;
    }

    @Override
    public void flushViews() {
        views.flush();
    }

    @Override
    public HttpResponse<String> post(String path, String userAgent, String address) {
        return send(MostReadContract.beacon(uri(path), userAgent, address));
    }
}
