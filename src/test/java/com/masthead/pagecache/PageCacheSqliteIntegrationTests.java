package com.masthead.pagecache;

import com.masthead.support.SqliteSiteTest;
import java.net.http.HttpResponse;

class PageCacheSqliteIntegrationTests extends SqliteSiteTest implements PageCacheContract {

    @Override
    public HttpResponse<byte[]> getBytes(String path, String... headers) {
        return PageCacheContract.fetch(uri(path), headers);
    }
}
