package org.truce.reports.web;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.truce.shared.TooLarge;

/** Refuses a request body as soon as it passes the limit, while it streams. */
final class LimitedInputStream extends FilterInputStream {

    private final long limit;
    private final String field;
    private long read;

    LimitedInputStream(InputStream in, long limit, String field) {
        super(in);
        this.limit = limit;
        this.field = field;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b != -1) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(long n) {
        read += n;
        if (read > limit) {
            throw new TooLarge(field, "exceeds the limit of " + limit + " bytes; nothing was imported");
        }
    }
}
