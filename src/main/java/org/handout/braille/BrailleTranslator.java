package org.handout.braille;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.liblouis.CompilationException;
import org.liblouis.DisplayException;
import org.liblouis.DisplayTable;
import org.liblouis.TranslationException;
import org.liblouis.Translator;
import org.liblouis.Typeform;

/**
 * Text to Unicode braille and back with one liblouis table.
 *
 * <p>liblouis-java keeps its buffers per thread, but the native liblouis it wraps (3.10 in the
 * standalone jar) compiles tables into shared global state and translates in static work
 * buffers: it is not thread-safe. Builds render handouts in parallel, so every call into it,
 * table compilation included, holds one process-wide lock. Each table is compiled once and the
 * instance kept; braille is a small share of a build's time, so the lock costs little.
 */
public final class BrailleTranslator {

    /** Per character of the text to translate: which emphasis it carries. */
    public static final byte ITALIC = 1;
    public static final byte BOLD = 2;

    private static final Object LIBLOUIS = new Object();
    private static final Map<BrailleTable, BrailleTranslator> LOADED = new ConcurrentHashMap<>();

    private final BrailleTable table;
    private final Translator translator;
    private final Map<Integer, Boolean> written = new ConcurrentHashMap<>();
    private final Typeform italic;
    private final Typeform bold;

    private BrailleTranslator(BrailleTable table, Translator translator) {
        this.table = table;
        this.translator = translator;
        this.italic = typeform(translator, "italic");
        this.bold = typeform(translator, "bold");
    }

    /** The translator for a table, compiled on first use. */
    public static BrailleTranslator of(BrailleTable table) {
        return LOADED.computeIfAbsent(table, t -> {
            synchronized (LIBLOUIS) {
                try {
                    return new BrailleTranslator(t, new Translator(tableList(t)));
                } catch (CompilationException e) {
                    throw new IllegalStateException("liblouis cannot compile braille table " + t.file() + ": " + e.getMessage(), e);
                }
            }
        });
    }

    /**
     * What liblouis compiles: the table's first definitions, then the table. liblouis-java finds
     * the tables of its own jar by name but resolves a table of ours only as a file, so ours is
     * copied out of the class path once (liblouis-java does the same with its own).
     */
    private static String tableList(BrailleTable table) {
        if (table.firstDefinitions().isEmpty()) {
            return table.file();
        }
        String resource = table.firstDefinitions().get();
        try (InputStream in = BrailleTranslator.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("braille table " + resource + " is missing from the class path");
            }
            Path copy = Files.createTempFile("handout-", "-" + resource);
            copy.toFile().deleteOnExit();
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            return copy.toAbsolutePath() + "," + table.file();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy braille table " + resource + " for liblouis", e);
        }
    }

    public BrailleTable table() {
        return table;
    }

    /**
     * Unicode braille for {@code text}; {@code emphasis[i]} ({@link #ITALIC}, {@link #BOLD} or both)
     * marks character i, so the table writes its emphasis indicators.
     */
    public String translate(String text, byte[] emphasis) {
        if (emphasis.length != text.length()) {
            throw new IllegalArgumentException("one emphasis mark per character: " + emphasis.length + " for " + text.length());
        }
        Typeform[] typeforms = new Typeform[text.length()];
        for (int i = 0; i < typeforms.length; i++) {
            typeforms[i] = typeformOf(emphasis[i]);
        }
        synchronized (LIBLOUIS) {
            try {
                return translator.translate(text, typeforms, null, null, DisplayTable.StandardDisplayTables.UNICODE)
                        .getBraille();
            } catch (TranslationException | DisplayException e) {
                throw new IllegalStateException("liblouis could not translate with " + table.file() + ": " + e.getMessage(), e);
            }
        }
    }

    public String translate(String text) {
        return translate(text, new byte[text.length()]);
    }

    /**
     * Whether the table has braille for this character (not a space). For a character its table
     * does not define, liblouis writes an escape, {@code '\x00e8'}, whose backslash comes out as a
     * blank cell (es-g1.ctb) or an eight-dot cell (the UEB tables): a character's own braille
     * holds neither.
     */
    public boolean writes(int codePoint) {
        return written.computeIfAbsent(codePoint, c -> translate(new String(Character.toChars(c))).chars()
                .allMatch(cell -> BrailleAscii.isCell((char) cell) && cell != BrailleAscii.BLANK_CELL));
    }

    /** Whether the table writes emphasis indicators (es-g1.ctb has none, so emphasis there is plain). */
    public boolean writesEmphasis() {
        return italic != null || bold != null;
    }

    /** Print text for Unicode braille cells, read with the same table. */
    public String backTranslate(String cells) {
        synchronized (LIBLOUIS) {
            try {
                return translator.backTranslate(cells);
            } catch (TranslationException e) {
                throw new IllegalStateException("liblouis could not back-translate with " + table.file() + ": " + e.getMessage(), e);
            }
        }
    }

    private Typeform typeformOf(byte mark) {
        Typeform typeform = Typeform.PLAIN_TEXT;
        if ((mark & ITALIC) != 0 && italic != null) {
            typeform = typeform.add(italic);
        }
        if ((mark & BOLD) != 0 && bold != null) {
            typeform = typeform.add(bold);
        }
        return typeform;
    }

    /** The table's emphasis class of that name; a table without one writes that emphasis plainly. */
    private static Typeform typeform(Translator translator, String name) {
        return translator.getSupportedTypeforms().stream()
                .filter(t -> t.getName().equals(name))
                .findFirst()
                .orElse(null);
    }
}
