package org.handout.render.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.handout.render.docx.RenderedDocx.STANDARD;
import static org.handout.render.docx.RenderedDocx.parse;
import static org.handout.render.docx.RenderedDocx.render;

import java.nio.file.Path;
import java.util.Optional;
import org.handout.check.Outline;
import org.handout.check.OutlineComparison;
import org.handout.check.docx.DocxOutlineReader;
import org.handout.model.Handout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A quote holding a list keeps its attribution when its DOCX is read back. */
class DocxQuoteWithNestedListTest {
    private static final Path FIXTURE = Path.of("src/test/resources/docx/quote-with-list-and-attribution.md");

    @TempDir
    Path dir;

    @Test
    void theAttributionAfterANestedListStaysWithItsQuote() throws Exception {
        Handout handout = parse(FIXTURE);

        Outline found = new DocxOutlineReader().read(render(handout, STANDARD, dir));

        assertThat(found.quotes()).containsExactly(new Outline.QuoteEntry("What helped me:",
                Optional.of("Personal experience")));
        assertThat(new OutlineComparison().compare(Outline.of(handout), found)).isEmpty();
    }
}
