package com.masthead.pagecache;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.tomcat.util.http.InvalidParameterException;

/**
 * Answers page-cache hits inside Tomcat, before the servlet filter chain and Spring's dispatch run: a hit costs
 * the rules of {@link CacheableRequests}, one map look-up and one write of ready bytes with ready headers
 * ({@link PageResponses}, the same code the filter answers with, so both send the same bytes and headers, 304s
 * included). Everything else, misses included, goes on to the application unchanged; {@link PageCacheFilter}
 * renders and stores misses as before.
 *
 * <p>A context valve: it runs after the engine's {@code RemoteIpValve}, so the trusted-proxy rules have already
 * set the client's address and scheme, and only for requests (never for forwards, includes or error dispatches).
 * Nothing here reads a request body, creates a session or writes a cookie. Hits are counted by the cache's own
 * metrics ({@code cache.gets{cache=pages,result=hit}}), as before. Thread-safe.
 */
final class EarlyHitValve extends ValveBase {

    private final PageCache cache;
    private final PageResponses responses;

    EarlyHitValve(PageCache cache, PageResponses responses) {
        super(true);
        this.cache = cache;
        this.responses = responses;
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.REQUEST) {
            boolean cacheable;
            try {
                cacheable = CacheableRequests.isCacheable(request);
            } catch (InvalidParameterException undecodable) {
                // Tomcat refuses to parse an undecodable query string by throwing, once: answered here as the
                // servlet container answers it inside the filter chain (400 through the error page)
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
            CachedPage page = cacheable ? cache.get(CacheableRequests.key(request)) : null;
            if (page != null) {
                response.setHeader("Cache-Control", responses.cacheControl());
                response.setHeader("X-Cache", "HIT");
                responses.send(page, request, response);
                return;
            }
        }
        getNext().invoke(request, response);
    }
}
