package com.masthead.pagecache;

import com.masthead.support.PostgresSiteTest;
import java.net.http.HttpResponse;

class PageCachePostgresIntegrationTests extends PostgresSiteTest implements PageCacheContract {

    @Override
    public HttpResponse<byte[]> getBytes(String path, String... headers) {
        return PageCacheContract.fetch(uri(path), headers);
    }
}
