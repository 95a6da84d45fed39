package org.handout.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class ReproducibleZipTest {
    private static final Instant BUILD = Instant.parse("2026-11-01T00:00:00Z");

    @Test
    void zipsWrittenAtDifferentTimesBecomeIdentical() throws Exception {
        byte[] early = zip(LocalDateTime.of(2001, 5, 1, 10, 0));
        byte[] late = zip(LocalDateTime.of(2024, 9, 9, 17, 31));
        assertThat(early).isNotEqualTo(late);

        assertThat(ReproducibleZip.restamp(early, BUILD)).isEqualTo(ReproducibleZip.restamp(late, BUILD));
    }

    @Test
    void everyEntryKeepsItsOrderAndContentAndCarriesTheBuildDate() throws Exception {
        byte[] restamped = ReproducibleZip.restamp(zip(LocalDateTime.of(2001, 5, 1, 10, 0)), BUILD);

        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(restamped))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName() + "=" + new String(in.readAllBytes(), StandardCharsets.UTF_8));
                assertThat(entry.getTimeLocal()).isEqualTo(LocalDateTime.of(2026, 11, 1, 0, 0));
            }
        }
        assertThat(names).containsExactly("[Content_Types].xml=types", "word/document.xml=body");
    }

    @Test
    void datesBeforeTheZipEpochAreClampedTo1980() throws Exception {
        byte[] restamped = ReproducibleZip.restamp(zip(LocalDateTime.of(2001, 5, 1, 10, 0)), Instant.EPOCH);

        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(restamped))) {
            assertThat(in.getNextEntry().getTimeLocal()).isEqualTo(LocalDateTime.of(1980, 1, 1, 0, 0));
        }
    }

    private static byte[] zip(LocalDateTime time) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (String[] entry : new String[][] {{"[Content_Types].xml", "types"}, {"word/document.xml", "body"}}) {
                ZipEntry e = new ZipEntry(entry[0]);
                e.setTimeLocal(time);
                out.putNextEntry(e);
                out.write(entry[1].getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
