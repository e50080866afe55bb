package com.masthead.site;

import com.masthead.epaper.EpaperTestData;
import com.masthead.support.PostgresSiteTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The digital edition's public pages over real HTTP on PostgreSQL. */
class PrintEditionPostgresIntegrationTests extends PostgresSiteTest implements PrintEditionContract {

    @Autowired
    private ApplicationContext context;

    @Override
    public EpaperTestData epaper() {
        return new EpaperTestData(context);
    }

    @Override
    public HttpResponse<String> sendConditional(String path, String etag) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("If-None-Match", etag)
                .GET()
                .build());
    }
}
