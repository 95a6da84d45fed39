package org.handout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.simple.SimpleLoggerContextFactory;
import org.junit.jupiter.api.Test;

/** Libraries that log through Log4j (Apache POI) stay quiet: handout speaks for itself. */
class LibraryLoggingTest {
    @Test
    void log4jAnswersWithItsSimpleLoggerInsteadOfComplainingThatItHasNone() {
        assertThat(LogManager.getFactory()).isInstanceOf(SimpleLoggerContextFactory.class);
    }

    @Test
    void evenErrorsOfTheLibrariesAreNotPrinted() {
        assertThat(LogManager.getLogger("org.apache.poi").isErrorEnabled()).isFalse();
    }
}
