package org.handout.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The check run on every output file after a build: read it back with its format's reader,
 * hold what it kept to what the source says must be there (its outline and whole text, or for
 * braille the back-translation comparison), take the format's measures and run its validator.
 * What each format reads, measures and validates is its {@link FormatCheck}.
 * Shared by the batch's threads.
 */
public final class FidelityCheck {

    /**
     * @param file     the file to check (possibly still under its temporary name)
     * @param fileName the name the file has, or will have, in the output folder
     */
    public FormatReport check(FormatCheck format, Path file, String fileName, ExpectedContent expected) throws IOException {
        Reading.Result read = format.reading().read(file);
        Fidelity fidelity = read.readBack().fidelity(expected);
        List<Measure> measures = new ArrayList<>(format.stylesheetMeasures());
        measures.addAll(read.measures());
        measures.addAll(fidelity.measures());
        Optional<PdfValidationResult> validation = format.validator().isPresent()
                ? Optional.of(format.validator().get().validate(file)) : Optional.empty();
        return new FormatReport(format.name(), fileName, Files.size(file), read.readBack().pages(), true,
                fidelity.expected(), fidelity.found(), fidelity.differences(), fidelity.textDifferences(), validation,
                measures, Optional.empty(), read.readBack().preview());
    }
}
