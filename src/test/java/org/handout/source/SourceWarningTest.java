package org.handout.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.handout.model.SourceSpan;
import org.junit.jupiter.api.Test;

class SourceWarningTest {
    private static final Path FILE = Path.of("source-content", "sleep.md");

    @Test
    void aWarningAtAPlaceNamesFileLineAndColumn() {
        assertThat(new SourceWarning(FILE, new SourceSpan(14, 28), "raw HTML '<script>' is shown as text"))
                .hasToString(FILE + ":14:28: warning: raw HTML '<script>' is shown as text");
    }

    @Test
    void aWarningAboutTheWholeHandoutNamesTheFileAlone() {
        assertThat(new SourceWarning(FILE, SourceSpan.UNKNOWN, "no page words for German (de)"))
                .hasToString(FILE + ": warning: no page words for German (de)");
    }
}
