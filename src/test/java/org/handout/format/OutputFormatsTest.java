package org.handout.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OutputFormatsTest {
    @Test
    void everyFormatHasItsOwnIdAndFileName() {
        assertThat(OutputFormats.ALL).extracting(OutputFormat::id).doesNotHaveDuplicates();
        assertThat(OutputFormats.ALL).extracting(f -> f.fileName("sleep")).doesNotHaveDuplicates();
    }

    @Test
    void aFormatIsFoundByItsIdWhateverItsCase() {
        assertThat(OutputFormats.fromId(" Large-Print-PDF ")).isSameAs(OutputFormats.LARGE_PRINT_PDF);
    }

    @Test
    void anUnknownIdListsTheFormatsToChooseFrom() {
        assertThatThrownBy(() -> OutputFormats.fromId("odt"))
                .hasMessage("unknown format 'odt'; choose from html, large-print-html, pdf, large-print-pdf, docx, "
                        + "large-print-docx, braille");
    }
}
