package org.handout.check.braille;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.handout.braille.BrailleFixtures;
import org.handout.check.Difference;
import org.handout.model.Handout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each damage done to the seed's BRF is named by exactly one finding. */
class BrfMutationTest {
    private static Handout seed;
    private static String brf;

    @BeforeAll
    static void transcribe() throws Exception {
        seed = BrailleFixtures.parse(BrailleFixtures.SEED);
        brf = BrailleFixtures.brf(seed, 2);
    }

    private static BrailleCheck check(String damaged) {
        return BrfReaderTest.check(seed, 2, damaged);
    }

    private static String replaceLine(String text, String line, String with) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\r\n", -1)));
        int at = lines.indexOf(line);
        assertThat(at).as("line %s", line).isNotNegative();
        if (with == null) {
            lines.remove(at);
        } else {
            lines.set(at, with);
        }
        return String.join("\r\n", lines);
    }

    @Test
    void undamagedBrfHasNoFinding() {
        assertThat(check(brf).passed()).isTrue();
    }

    @Test
    void droppedParagraphIsMissing() {
        String damaged = brf;
        for (String line : List.of("  ,\"! >E _M DI6]5T R1SONS :Y Y MI<T", "RELAPSE4")) {
            damaged = replaceLine(damaged, line, null);
        }
        assertThat(check(damaged).layout()).isEmpty();
        assertThat(check(damaged).differences()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Difference.Kind.MISSING);
            assertThat(f.element()).isEqualTo("paragraph \"There are many different reasons why you…\"");
        });
    }

    @Test
    void lineOfFortyOneCellsIsTooLong() {
        String damaged = brf.replaceFirst(" {38}#A", " ".repeat(39) + "#A");
        assertThat(check(damaged).differences()).isEmpty();
        assertThat(check(damaged).layout()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(BrailleFinding.Kind.LINE_TOO_LONG);
            assertThat(f.describe()).isEqualTo("page 1 line 25 is 41 cells long, more than 40");
        });
    }

    @Test
    void headingMovedToCellOneIsInTheWrongPosition() {
        String damaged = replaceLine(brf, "    ,:Y DOES RELAPSE HAPP58", ",:Y DOES RELAPSE HAPP58");
        assertThat(check(damaged).layout()).isEmpty();
        assertThat(check(damaged).differences()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Difference.Kind.WRONG_POSITION);
            assertThat(f.describe()).isEqualTo("heading 2 \"Why does relapse happen?\" (page 1 line 22) is in cell 1 instead of cell 5");
        });
    }

    @Test
    void characterOutsideBrailleAsciiIsNamedWhereItIs() {
        String damaged = replaceLine(brf, "    ,:Y DOES RELAPSE HAPP58", "    ,:Y DOES RELAPSE HAPp58");
        assertThat(check(damaged).differences()).isEmpty();
        assertThat(check(damaged).layout()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(BrailleFinding.Kind.OUTSIDE_CHARSET);
            assertThat(f.describe()).isEqualTo("page 1 line 22 cell 25 holds U+0070, which is not North American Braille ASCII");
        });
    }
}
