package org.handout.braille;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The rows of a tab-separated data file shipped as a resource; lines opening with # are comments. */
public final class DataRows {

    private DataRows() {
    }

    /** Each row's fields of the file beside {@code owner}; a row with another number of fields is a packaging error. */
    public static List<String[]> read(Class<?> owner, String file, String fieldNames, int fields) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = owner.getResourceAsStream(file);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] row = line.split("\t");
                if (row.length != fields) {
                    throw new IllegalStateException(file + ": expected " + fieldNames + " separated by tabs: " + line);
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
