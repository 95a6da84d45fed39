package org.handout.render.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Re-packs a zip container with one fixed timestamp on every entry. POI stamps each entry with
 * the wall-clock time, which would make two builds of the same handout differ.
 */
final class ReproducibleZip {
    /** The earliest time a zip's DOS date field can hold. */
    private static final LocalDateTime DOS_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);

    private ReproducibleZip() {
    }

    /** The same entries in the same order, each dated {@code time} (UTC). */
    static byte[] restamp(byte[] zip, Instant time) throws IOException {
        LocalDateTime stamp = LocalDateTime.ofInstant(time, ZoneOffset.UTC);
        if (stamp.isBefore(DOS_EPOCH)) {
            stamp = DOS_EPOCH;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream rezipped = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(stamp);
                rezipped.putNextEntry(copy);
                in.transferTo(rezipped);
                rezipped.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
