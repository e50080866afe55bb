package com.masthead.archive;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes read through it, for the import's MB/s (a reader ahead of it reads in blocks). */
final class CountingInputStream extends FilterInputStream {

    private long count;
    private long taken;

    CountingInputStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count++;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count += n;
        }
        return n;
    }

    /** The bytes read since the last call. */
    long take() {
        long delta = count - taken;
        taken = count;
        return delta;
    }
}
