package com.masthead.pagecache;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A real HTTP purge endpoint (standing in for an nginx or CDN purge API) that answers 200, or 503 while it is told
 * to refuse, and remembers every request as "METHOD path" in the order it came.
 */
final class PurgeReceiver implements AutoCloseable {

    private final HttpServer server;
    private final AtomicBoolean refusing = new AtomicBoolean();
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final List<String> refused = new CopyOnWriteArrayList<>();

    PurgeReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String request = exchange.getRequestMethod() + " " + exchange.getRequestURI();
            boolean refuse = refusing.get();
            (refuse ? refused : received).add(request);
            exchange.sendResponseHeaders(refuse ? 503 : 200, -1);
            exchange.close();
        });
        server.start();
    }

    /** The endpoint template for {@code masthead.cache.purge-endpoints}. */
    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/purge{path}";
    }

    void refuse(boolean refuse) {
        refusing.set(refuse);
    }

    /** Requests answered 200. */
    List<String> received() {
        return received;
    }

    /** Requests answered 503. */
    List<String> refused() {
        return refused;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
