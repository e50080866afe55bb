package com.masthead.storage;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.core.io.AbstractResource;

/**
 * An object of an {@link ObjectStore} as a Spring resource. Its stream opens the object only on the first read or
 * skip, and a skip before any read opens it at that offset: Spring answers a {@code Range} request by skipping to
 * the range's start, which then costs one ranged read instead of reading the skipped bytes.
 */
final class StoredResource extends AbstractResource {

    private final ObjectStore store;
    private final String key;
    private final ObjectInfo info;

    StoredResource(ObjectStore store, String key, ObjectInfo info) {
        this.store = store;
        this.key = key;
        this.info = info;
    }

    @Override
    public InputStream getInputStream() {
        return new LazyInputStream();
    }

    @Override
    public long contentLength() {
        return info.size();
    }

    @Override
    public long lastModified() {
        return 0; // content-addressed or private: callers send their own validators
    }

    @Override
    public boolean exists() {
        return true;
    }

    @Override
    public String getFilename() {
        return key.substring(key.lastIndexOf('/') + 1);
    }

    @Override
    public String getDescription() {
        return "stored object [" + key + "]";
    }

    private final class LazyInputStream extends InputStream {

        private InputStream delegate;
        private long offset;

        private InputStream delegate() throws IOException {
            if (delegate == null) {
                delegate = store.open(key, offset);
            }
            return delegate;
        }

        @Override
        public int read() throws IOException {
            return delegate().read();
        }

        @Override
        public int read(byte[] buffer, int from, int length) throws IOException {
            return delegate().read(buffer, from, length);
        }

        @Override
        public long skip(long n) throws IOException {
            if (delegate == null) {
                long skipped = Math.max(0, Math.min(n, info.size() - offset));
                offset += skipped;
                return skipped;
            }
            return delegate.skip(n);
        }

        @Override
        public void close() throws IOException {
            if (delegate != null) {
                delegate.close();
            }
        }
    }
}
