package com.masthead.pagecache;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Writes the purges a change asks for to the {@link PurgeQueue} once the change's transaction is completely over:
 * evictions (and so their purge paths) are known only after the commit, and on SQLite no other connection can write
 * until the committing connection has been handed back. In a request, they are written when the request's handling
 * is done, before its answer is released (so the request returns only once they are durable); elsewhere (scheduled
 * publishing) by a background writer right after. A purge that cannot be written is logged.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class PendingPurges extends OncePerRequestFilter implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PendingPurges.class);
    private static final ThreadLocal<List<String>> PENDING = new ThreadLocal<>();

    private final PurgeQueue queue;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "purge-recorder");
        thread.setDaemon(true);
        return thread;
    });

    PendingPurges(PurgeQueue queue) {
        this.queue = queue;
    }

    /** Queues the URLs once the current request (or, outside one, the current transaction) is over. */
    void add(List<String> urls) {
        List<String> pending = PENDING.get();
        if (pending != null) {
            pending.addAll(urls);
        } else {
            writer.execute(() -> record(urls));
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<String> pending = new ArrayList<>();
        PENDING.set(pending);
        try {
            chain.doFilter(request, response);
        } finally {
            PENDING.remove();
            if (!pending.isEmpty()) {
                record(pending);
            }
        }
    }

    private void record(List<String> urls) {
        try {
            queue.record(urls);
        } catch (RuntimeException e) {
            log.error("could not queue {} purges: {}", urls.size(), urls, e);
        }
    }

    @Override
    public void destroy() {
        writer.shutdown();
    }
}
