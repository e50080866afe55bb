package com.masthead.popularity;

import com.masthead.support.PostgresSiteTest;
import java.net.http.HttpResponse;
import org.springframework.beans.factory.annotation.Autowired;

/** Most-read over real HTTP on PostgreSQL. */
class MostReadPostgresIntegrationTests extends PostgresSiteTest implements MostReadContract {

    @Autowired
    ViewCounter views;

    @Override
    public void flushViews() {
        views.flush();
    }

    @Override
    public HttpResponse<String> post(String path, String userAgent) {
        return send(MostReadContract.beacon(uri(path), userAgent));
    }
}
