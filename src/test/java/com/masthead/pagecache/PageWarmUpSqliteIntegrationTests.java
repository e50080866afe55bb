package com.masthead.pagecache;

import com.masthead.popularity.MostRead;
import com.masthead.popularity.MostReadRanking;
import com.masthead.popularity.ViewCounter;
import com.masthead.support.SqliteSiteTest;
import java.net.http.HttpRequest;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Autowired;

class PageWarmUpSqliteIntegrationTests extends SqliteSiteTest implements PageWarmUpContract {

    private static final AtomicInteger READERS = new AtomicInteger();

    @Autowired
    private PageWarmUp warmUp;

    @Autowired
    private PageCache pageCache;

    @Autowired
    private MostReadRanking mostRead;

    @Autowired
    private ViewCounter views;

    @Override
    public PageWarmUp warmUp() {
        return warmUp;
    }

    @Override
    public PageCache pageCache() {
        return pageCache;
    }

    @Override
    public MostRead mostRead() {
        return mostRead.current();
    }

    @Override
    public void read(long articleId, int readers) {
        for (int i = 0; i < readers; i++) {
            int n = READERS.incrementAndGet();
            send(HttpRequest.newBuilder(uri("/beacon/view/" + articleId))
                    .header(
                            "User-Agent",
                            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36")
                    .header("X-Forwarded-For", "198.18." + (n / 250) + "." + (n % 250 + 1))
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build());
        }
        views.flush();
    }
}
