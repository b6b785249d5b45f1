package org.truce.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Locale;

/** A one-line progress bar on a terminal stream, redrawn at most ten times a second. */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final String label;
    private final long total;
    private long lastDrawn;

    ProgressBar(PrintStream out, String label, long total) {
        this.out = out;
        this.label = label;
        this.total = Math.max(total, 1);
    }

    synchronized void update(long done, boolean force) {
        long now = System.nanoTime();
        if (!force && now - lastDrawn < 100_000_000L) {
            return;
        }
        lastDrawn = now;
        double fraction = Math.min(1, (double) done / total);
        int filled = (int) Math.round(fraction * WIDTH);
        out.printf(Locale.ROOT, "\r%s [%s%s] %3d%%  %s / %s", label, "#".repeat(filled), "-".repeat(WIDTH - filled),
                Math.round(fraction * 100), size(done), size(total));
        out.flush();
    }

    void finish() {
        update(total, true);
        out.println();
    }

    /** The stream, counting the bytes read from it into the bar. */
    InputStream counting(InputStream in) {
        return new FilterInputStream(in) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    update(++read, false);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    read += n;
                    update(read, false);
                }
                return n;
            }
        };
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
    }
}
