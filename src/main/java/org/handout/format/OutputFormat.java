package org.handout.format;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.handout.check.FormatCheck;
import org.handout.check.FormatName;
import org.handout.check.Measure;
import org.handout.check.OutputValidator;
import org.handout.check.PrintMeasures;
import org.handout.model.Handout;
import org.handout.check.Reading;
import org.handout.render.PageSize;
import org.handout.render.Profile;
import org.handout.render.Renderer;

/**
 * One row of the format table ({@link OutputFormats}): everything handout knows about a format.
 *
 * @param id         the name on the command line and in report.json, e.g. {@code large-print-pdf}
 * @param label      how people name the format in tables and reports
 * @param fileSuffix what the file name carries after the slug: "" or e.g. "-large-print"
 * @param extension  the file name's extension, with its dot
 * @param profile    the print profile the renderer gets for the chosen paper; a format without
 *                   print rules of its own takes the standard profile for its paper size
 * @param stylesheet the CSS the format is styled with, where it has one, for the contrast measure
 * @param reading    the reader that reads a file back and the print measures taken on it
 * @param validator  the validator its files must pass, where it has one
 */
public record OutputFormat(String id, String label, String fileSuffix, String extension, Renderer renderer,
                           Function<PageSize, Profile> profile, Optional<Stylesheet> stylesheet, Reading<?> reading,
                           Optional<OutputValidator> validator) {

    public FormatName name() {
        return new FormatName(id, label);
    }

    /** The format's name in {@code handout}'s report: its label there may name the handout's braille code. */
    public FormatName nameFor(Handout handout) {
        return renderer.labelFor(handout).map(label -> new FormatName(id, label)).orElse(name());
    }

    public String fileName(String slug) {
        return slug + fileSuffix + extension;
    }

    public Profile profileFor(PageSize page) {
        return profile.apply(page);
    }

    /** The CSS of this format on the given paper, where it has one. */
    public Optional<String> css(PageSize page) {
        return stylesheet.map(s -> s.css().apply(profileFor(page)));
    }

    /** What the check reads, measures and validates for this format on the given paper. */
    public FormatCheck check(PageSize page) {
        List<Measure> contrast = stylesheet
                .map(s -> List.of(PrintMeasures.contrast(s.css().apply(profileFor(page)), s.contrastMinimum())))
                .orElse(List.of());
        return new FormatCheck(name(), reading, contrast, validator);
    }
}
