package org.handout.render.braille;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.handout.braille.BrailleCode;
import org.handout.braille.BrailleSettings;
import org.handout.braille.BrailleTable;
import org.handout.braille.BrailleTranslator;
import org.handout.braille.NoBrailleTable;
import org.handout.braille.Untranscribable;
import org.handout.model.Handout;
import org.handout.model.InvalidHandoutException;
import org.handout.model.SourceSpan;
import org.handout.render.PageWords;
import org.handout.render.Profile;
import org.handout.render.RefusedHandout;
import org.handout.render.Renderer;

/**
 * A handout as a braille-ready file (BRF): North American Braille ASCII, 40 cells by 25 lines,
 * pages separated by form feeds, laid out to BANA's Braille Formats. Print profiles do not apply.
 * Thread-safe: each call lays out its own pages (see {@link BrailleTranslator} on liblouis).
 */
public final class BrfRenderer implements Renderer {
    private final BrailleSettings settings;

    public BrfRenderer(BrailleSettings settings) {
        this.settings = settings;
    }

    /** Which braille this handout gets; check it first, since a language without a table is not an error to report. */
    public BrailleCode codeFor(Handout handout) {
        return settings.codeFor(handout.meta().lang());
    }

    /**
     * Not available for a language without a table, nor for a handout holding a character its
     * table has no braille for or text a known bug of the table writes wrongly ({@link Untranscribable}).
     */
    @Override
    public Optional<String> unavailableFor(Handout handout) {
        BrailleCode code = codeFor(handout);
        if (code instanceof NoBrailleTable none) {
            return Optional.of(none.reason());
        }
        return Untranscribable.reason(handout, BrailleTranslator.of((BrailleTable) code));
    }

    /** How reports name the braille of {@code table}, e.g. {@code Braille (UEB grade 2)}. */
    public static String label(BrailleTable table) {
        return "Braille (" + table.label() + ")";
    }

    /** The braille row's label for this handout: its code's, where it has one. */
    @Override
    public Optional<String> labelFor(Handout handout) {
        return codeFor(handout) instanceof BrailleTable table ? Optional.of(label(table)) : Optional.empty();
    }

    @Override
    public void write(Handout handout, Profile profile, OutputStream out) throws IOException, InvalidHandoutException {
        out.write(transcribe(handout).getBytes(StandardCharsets.US_ASCII));
    }

    /** The BRF's text. Fails for a language without a braille table; ask {@link #codeFor} first. */
    public String transcribe(Handout handout) throws InvalidHandoutException {
        return laidOut(handout).brf();
    }

    /** The first page as 25 lines of Unicode braille (U+2800 block), for sighted reviewers. */
    public List<String> firstPage(Handout handout) throws InvalidHandoutException {
        return laidOut(handout).page(0);
    }

    private BraillePages laidOut(Handout handout) throws InvalidHandoutException {
        BrailleCode code = codeFor(handout);
        if (code instanceof NoBrailleTable none) {
            throw new InvalidHandoutException(handout.source(), SourceSpan.UNKNOWN, "braille is " + none.describe());
        }
        BraillePages pages = new BraillePages();
        BlockFormatter formatter = new BlockFormatter(BrailleTranslator.of((BrailleTable) code), pages, handout.source(),
                PageWords.of(handout.meta().lang()));
        try {
            handout.body().forEach(block -> block.accept(formatter));
        } catch (RefusedHandout refused) {
            throw refused.problem();
        }
        return pages;
    }
}
