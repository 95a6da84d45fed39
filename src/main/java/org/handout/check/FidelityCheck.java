package org.handout.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The check run on every output file after a build: read it back with its format's reader,
 * compare its outline and its whole text with what the source says must be there, take the
 * format's measures and run its validator. What each format reads, measures and validates is its {@link FormatCheck}.
 * Shared by the batch's threads.
 */
public final class FidelityCheck {
    /** Differences that mean an element of the source did not arrive intact. */
    private static final Set<Difference.Kind> LOSSES = EnumSet.complementOf(EnumSet.of(
            Difference.Kind.EXTRA, Difference.Kind.WRONG_LANGUAGE, Difference.Kind.WRONG_TITLE));

    private final OutlineComparison comparison = new OutlineComparison();

    /**
     * @param file     the file to check (possibly still under its temporary name)
     * @param fileName the name the file has, or will have, in the output folder
     */
    public FormatReport check(FormatCheck format, Path file, String fileName, ExpectedContent expected) throws IOException {
        Reading.Result read = format.reading().read(file);
        List<Measure> measures = new ArrayList<>(format.stylesheetMeasures());
        measures.addAll(read.measures());
        Optional<PdfValidationResult> validation = format.validator().isPresent()
                ? Optional.of(format.validator().get().validate(file)) : Optional.empty();
        List<Difference> differences = comparison.compare(expected.outline(), read.outline());
        long losses = differences.stream().filter(d -> LOSSES.contains(d.kind())).count();
        int elements = size(expected.outline());
        TextComparison.Result text = TextComparison.check(expected.text(), read.text());
        // Fidelity counts both: structure elements intact, and text blocks whose every word arrived in place.
        return new FormatReport(format.name(), fileName, Files.size(file), read.pages(), true, elements + text.blocks(),
                (int) Math.max(0, elements - losses) + text.intactBlocks(), differences, text.differences(), validation,
                measures, Optional.empty());
    }

    private static int size(Outline outline) {
        return outline.headings().size() + outline.quotes().size() + outline.items().size() + outline.images().size()
                + outline.tables().size() + outline.links().size();
    }
}
