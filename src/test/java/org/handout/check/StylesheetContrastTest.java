package org.handout.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StylesheetContrastTest {
    private static final String PAGE = "html { color: #000000; background: #ffffff; }\n";

    @Test
    void darkTextOnThePagePasses() {
        assertThat(StylesheetContrast.failures(PAGE + "h1 { color: #0b2f52; }", ContrastRatio.LARGE_PRINT_MINIMUM)).isEmpty();
    }

    @Test
    void lighterGreyFailsLargePrintButPassesStandard() {
        String css = PAGE + ".attribution { font-weight: bold; color: #666666; }";
        List<StylesheetContrast.Failure> failures = StylesheetContrast.failures(css, ContrastRatio.LARGE_PRINT_MINIMUM);
        assertThat(failures).singleElement().satisfies(failure -> {
            assertThat(failure.selector()).isEqualTo(".attribution");
            assertThat(failure.foreground()).isEqualTo("#666666");
            assertThat(failure.background()).isEqualTo("#ffffff");
            assertThat(failure.ratio()).isLessThan(7.0);
        });
        assertThat(StylesheetContrast.failures(css, ContrastRatio.STANDARD_MINIMUM)).isEmpty();
    }

    @Test
    void ruleWithItsOwnBackgroundIsCheckedAgainstIt() {
        String css = PAGE + ".note { background: #1f4e79; color: #1a1a1a; }";
        assertThat(StylesheetContrast.failures(css, ContrastRatio.STANDARD_MINIMUM))
                .extracting(StylesheetContrast.Failure::background).containsExactly("#1f4e79");
    }

    @Test
    void backgroundAloneIsCheckedAgainstTheInheritedTextColour() {
        String css = PAGE + "thead th { background: #333333; }";
        assertThat(StylesheetContrast.failures(css, ContrastRatio.STANDARD_MINIMUM))
                .extracting(StylesheetContrast.Failure::foreground).containsExactly("#000000");
    }

    @Test
    void marginBoxesInsidePageRulesAreChecked() {
        String css = PAGE + "@page { margin: 1in; @bottom-right { content: counter(page); color: #aaaaaa; } }";
        assertThat(StylesheetContrast.failures(css, ContrastRatio.STANDARD_MINIMUM)).hasSize(1);
    }

    @Test
    void commentsAndBorderColoursAreNotText() {
        String css = PAGE + "/* color: #eeeeee; */ blockquote { border-left-color: #eeeeee; }";
        assertThat(StylesheetContrast.failures(css, ContrastRatio.LARGE_PRINT_MINIMUM)).isEmpty();
    }
}
