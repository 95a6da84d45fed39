package org.handout.check.braille;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.handout.braille.BrailleCode;
import org.handout.braille.BrailleSettings;
import org.handout.braille.BrailleTable;
import org.handout.braille.NoBrailleTable;
import org.handout.check.ExpectedContent;
import org.handout.check.Fidelity;
import org.handout.check.FormatReader;
import org.handout.check.Measure;
import org.handout.check.ReadBack;
import org.handout.model.Handout;

/**
 * A BRF read back: its pages and the page rules they break, which need no table. Its words are
 * read when it is held to its handout, with the table the handout's language and the build's grade
 * name, and compared by {@link BrailleComparison}.
 *
 * @param brf      the file's text, one character per byte
 * @param pageLines its pages, split at form feeds, each a list of lines
 * @param layout   the page rules it breaks (line and page length, character set, page numbers)
 * @param settings the grade it was written in
 */
public record BrfReadBack(String brf, List<List<String>> pageLines, List<BrailleFinding> layout, BrailleSettings settings)
        implements ReadBack {
    private static final BrailleComparison COMPARISON = new BrailleComparison();

    public BrfReadBack {
        pageLines = pageLines.stream().map(List::copyOf).toList();
        layout = List.copyOf(layout);
    }

    /** The reader of BRFs written in {@code settings}' grade. */
    public static FormatReader<BrfReadBack> reader(BrailleSettings settings) {
        return file -> read(file, settings);
    }

    public static BrfReadBack read(Path file, BrailleSettings settings) throws IOException {
        return of(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1), settings);
    }

    static BrfReadBack of(String brf, BrailleSettings settings) {
        List<List<String>> pages = BrfReader.pages(brf);
        return new BrfReadBack(brf, pages, BrfReader.layout(pages), settings);
    }

    @Override
    public int pages() {
        return pageLines.size();
    }

    /** The first page in Unicode braille, the dots a reader feels, for sighted reviewers. */
    @Override
    public Optional<String> preview() {
        return pageLines.isEmpty() ? Optional.empty() : Optional.of(BrfReading.unicode(pageLines.get(0)));
    }

    @Override
    public Fidelity fidelity(ExpectedContent expected) {
        Handout handout = expected.handout();
        BrailleCode code = settings.codeFor(handout.meta().lang());
        if (code instanceof NoBrailleTable none) {
            throw new IllegalArgumentException("a BRF cannot be checked: braille is " + none.describe());
        }
        BrailleTable table = (BrailleTable) code;
        BrailleCheck check = COMPARISON.compare(handout, table, expected.callOutLabels(),
                new BrfReader(table).read(brf));
        return Fidelity.of(check.expected(), check.differences(), List.of(
                new Measure("braille table", table.label() + " (" + table.file() + ")",
                        "named for the handout's language and the chosen grade", true),
                new Measure("words read back otherwise", readOtherwise(check),
                        "only known ambiguities of the braille code (docs/BRAILLE.md)", true),
                new Measure("lists read as nested", check.readAsItems().isEmpty() ? "none"
                        : String.join(", ", check.readAsItems().stream().map(UnprovenRunovers::where).toList()),
                        "only where no line shows the list's runover cell (docs/BRAILLE.md)", true)));
    }

    private static String readOtherwise(BrailleCheck check) {
        List<String> read = new ArrayList<>();
        check.ambiguousWords().forEach(w -> read.add(w.word() + " (reads " + w.readAs() + ")"));
        check.sharedCells().forEach(c -> read.add(c.print() + " (reads " + c.reads() + ")"));
        return read.isEmpty() ? "none" : String.join(", ", read);
    }
}
