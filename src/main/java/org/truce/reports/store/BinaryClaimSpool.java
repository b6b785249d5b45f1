package org.truce.reports.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.truce.reports.Casualties;
import org.truce.reports.Claim;
import org.truce.reports.ClaimSpool;
import org.truce.reports.GeoPrecision;
import org.truce.reports.Outcome;
import org.truce.reports.ReportLocation;
import org.truce.reports.ReportSource;
import org.truce.reports.ReportTime;
import org.truce.reports.SourceKind;
import org.truce.reports.Target;
import org.truce.reports.TimePrecision;
import org.truce.shared.Category;
import org.truce.shared.Means;

/**
 * Validated claims of a bulk import in a compact binary form, in a temporary file deleted on
 * close: a bulk import reads them back once per run of its write, so they must be cheap to read
 * (a JSON round trip cost more than the rest of the row's work).
 */
public final class BinaryClaimSpool implements ClaimSpool {

    private static final int BATCH = 1000;

    private final Path file;
    private DataOutputStream out;

    public BinaryClaimSpool(Path folder) {
        try {
            Files.createDirectories(folder);
            this.file = Files.createTempFile(folder, "bulk-", ".claims");
            this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void add(Claim claim) {
        try {
            write(out, claim);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Decodes on a thread of its own, a few batches ahead, so that the caller (the write path's
     * single writer, in a bulk import) spends its time on the ledger and the database only.
     */
    @Override
    public void forEach(Consumer<Claim> consumer) {
        try {
            if (out != null) {
                out.close();
                out = null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        BlockingQueue<List<Claim>> batches = new ArrayBlockingQueue<>(4);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Thread reader = new Thread(() -> decode(batches, failure), "truce-bulk-spool");
        reader.setDaemon(true);
        reader.start();
        try {
            while (true) {
                List<Claim> batch = batches.take();
                if (batch.isEmpty()) {
                    break;
                }
                batch.forEach(consumer);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the spooled claims", e);
        } finally {
            reader.interrupt();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    /** Puts batches of decoded claims, then an empty batch to say the end (also after a failure). */
    private void decode(BlockingQueue<List<Claim>> batches, AtomicReference<RuntimeException> failure) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            List<Claim> batch = new ArrayList<>(BATCH);
            while (true) {
                try {
                    batch.add(read(in));
                } catch (EOFException end) {
                    break;
                }
                if (batch.size() == BATCH) {
                    batches.put(batch);
                    batch = new ArrayList<>(BATCH);
                }
            }
            if (!batch.isEmpty()) {
                batches.put(batch);
            }
        } catch (IOException e) {
            failure.set(new UncheckedIOException(e));
        } catch (RuntimeException e) {
            failure.set(e);
        } catch (InterruptedException e) {
            return;
        }
        try {
            batches.put(List.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        try {
            if (out != null) {
                out.close();
            }
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(DataOutputStream out, Claim c) throws IOException {
        ReportSource s = c.source();
        text(out, s.kind().code());
        text(out, s.party());
        text(out, s.name());
        text(out, s.address());
        text(out, s.publishedOn() == null ? null : s.publishedOn().toString());
        ReportTime w = c.when();
        text(out, w.precision().code());
        instant(out, w.instant());
        text(out, w.date() == null ? null : w.date().toString());
        text(out, w.zone());
        instant(out, w.earliest());
        instant(out, w.latest());
        text(out, c.place());
        ReportLocation l = c.where();
        out.writeBoolean(l != null);
        if (l != null) {
            out.writeDouble(l.latitude());
            out.writeDouble(l.longitude());
            out.writeDouble(l.uncertaintyMetres());
            text(out, l.precision().code());
            text(out, l.regionId());
            text(out, l.country());
            out.writeBoolean(l.resolvedFromPlace());
        }
        texts(out, c.regions());
        text(out, c.target().siteId());
        text(out, c.target().category() == null ? null : c.target().category().code());
        text(out, c.target().description());
        text(out, c.means().code());
        text(out, c.outcome().code());
        text(out, c.allegedPerpetrator());
        text(out, c.damage());
        out.writeBoolean(c.casualties() != null);
        if (c.casualties() != null) {
            count(out, c.casualties().killed());
            count(out, c.casualties().injured());
        }
        texts(out, c.evidence());
        text(out, c.supersedes());
        text(out, c.externalRef());
    }

    static Claim read(DataInputStream in) throws IOException {
        ReportSource source = new ReportSource(SourceKind.byCode(text(in)).orElseThrow(), text(in), text(in),
                text(in), date(text(in)));
        ReportTime when = new ReportTime(TimePrecision.byCode(text(in)).orElseThrow(), instant(in),
                date(text(in)), text(in), instant(in), instant(in));
        String place = text(in);
        ReportLocation where = null;
        if (in.readBoolean()) {
            where = new ReportLocation(in.readDouble(), in.readDouble(), in.readDouble(),
                    GeoPrecision.byCode(text(in)).orElseThrow(), text(in), text(in), in.readBoolean());
        }
        List<String> regions = texts(in);
        String siteId = text(in);
        String category = text(in);
        Target target = new Target(siteId, category == null ? null : Category.byCode(category).orElseThrow(), text(in));
        Means means = Means.byCode(text(in)).orElseThrow();
        Outcome outcome = Outcome.byCode(text(in)).orElseThrow();
        String accused = text(in);
        String damage = text(in);
        Casualties casualties = in.readBoolean() ? new Casualties(count(in), count(in)) : null;
        return new Claim(source, when, place, where, regions, target, means, outcome, accused, damage, casualties,
                texts(in), text(in), text(in));
    }

    private static void text(DataOutputStream out, String value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeUTF(value);
        }
    }

    private static String text(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    private static void texts(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String value : values) {
            out.writeUTF(value);
        }
    }

    private static List<String> texts(DataInputStream in) throws IOException {
        int size = in.readInt();
        List<String> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(in.readUTF());
        }
        return values;
    }

    private static void instant(DataOutputStream out, Instant value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeLong(value.getEpochSecond());
            out.writeInt(value.getNano());
        }
    }

    private static Instant instant(DataInputStream in) throws IOException {
        return in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
    }

    private static void count(DataOutputStream out, Integer value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeInt(value);
        }
    }

    private static Integer count(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readInt() : null;
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
