package org.handout.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.handout.Fixtures;
import org.handout.model.Block;
import org.handout.model.Emphasis;
import org.handout.model.Handout;
import org.handout.model.InvalidHandoutException;
import org.handout.model.LanguagePart;
import org.handout.model.ListBlock;
import org.handout.model.Paragraph;
import org.handout.model.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code [words]{lang=es}} marks a phrase, {@code {lang=zh-Hans}} ending a paragraph marks the paragraph. */
class LanguageMarksTest {
    private static final Locale SPANISH = Locale.forLanguageTag("es");
    private static final Locale CHINESE = Locale.forLanguageTag("zh-Hans");

    @TempDir
    Path dir;

    private List<Block> body(String markdown) throws Exception {
        Path file = Files.writeString(dir.resolve("marks.md"), "# Title\n\n" + markdown + "\n");
        return new HandoutParser().parse(file).handout().body();
    }

    private String errorOf(String markdown) throws Exception {
        Path file = Files.writeString(dir.resolve("marks.md"), "# Title\n\n" + markdown + "\n");
        return assertThatThrownBy(() -> new HandoutParser().parse(file))
                .isInstanceOf(InvalidHandoutException.class).actual().getMessage();
    }

    @Test
    void aBracketedPhraseWithALanguageBecomesALanguagePart() throws Exception {
        assertThat(body("Say [buenos días]{lang=es} at the desk.").get(1)).isEqualTo(new Paragraph(List.of(
                new Text("Say "), new LanguagePart(SPANISH, List.of(new Text("buenos días"))), new Text(" at the desk.")),
                new org.handout.model.SourceSpan(3, 1)));
    }

    @Test
    void aPhraseMayHoldEmphasisAndSitInsideIt() throws Exception {
        Paragraph paragraph = (Paragraph) body("[*muy* bien]{lang=es} and *[gracias]{lang=es}*").get(1);

        assertThat(paragraph.text()).containsExactly(
                new LanguagePart(SPANISH, List.of(new Emphasis(List.of(new Text("muy"))), new Text(" bien"))),
                new Text(" and "),
                new Emphasis(List.of(new LanguagePart(SPANISH, List.of(new Text("gracias"))))));
    }

    @Test
    void bracketsWithoutAMarkStayText() throws Exception {
        assertThat(((Paragraph) body("Take [one] tablet, [dos]{lang=es} if told.").get(1)).text()).containsExactly(
                new Text("Take [one] tablet, "), new LanguagePart(SPANISH, List.of(new Text("dos"))), new Text(" if told."));
    }

    @Test
    void aMarkOnTheLineAfterAParagraphGivesTheWholeParagraphItsLanguage() throws Exception {
        Paragraph paragraph = (Paragraph) body("请带上您的药物。\n{lang=zh-Hans}").get(1);

        assertThat(paragraph.lang()).contains(CHINESE);
        assertThat(paragraph.text()).containsExactly(new Text("请带上您的药物。"));
    }

    @Test
    void aMarkEndingAListItemGivesItsParagraphTheLanguage() throws Exception {
        ListBlock list = (ListBlock) body("- Ask when.\n- 请确认时间。 {lang=zh-Hans}").get(1);

        assertThat(list.items().get(0).body()).containsExactly(new Paragraph(List.of(new Text("Ask when.")),
                new org.handout.model.SourceSpan(3, 3)));
        assertThat(((Paragraph) list.items().get(1).body().get(0)).lang()).contains(CHINESE);
    }

    @Test
    void aParagraphWithoutAMarkHasNoLanguageOfItsOwn() throws Exception {
        assertThat(((Paragraph) body("Plain words.").get(1)).lang()).isEqualTo(Optional.empty());
    }

    @Test
    void theFixtureHasAChineseParagraphAndASpanishPhrase() throws Exception {
        Handout handout = Fixtures.parse(Fixtures.LANGUAGE_PARTS);

        assertThat(handout.body()).filteredOn(Paragraph.class::isInstance).map(b -> ((Paragraph) b).lang())
                .containsExactly(Optional.empty(), Optional.of(CHINESE));
    }

    @Test
    void aMalformedTagIsRefusedWithItsLineAndColumn() throws Exception {
        assertThat(errorOf("Say it.\n\nSay [hola]{lang=xx-notalang-123456789} here."))
                .endsWith("marks.md:5:11: lang 'xx-notalang-123456789' is not a BCP 47 language tag; write e.g. en-US or es");
    }

    @Test
    void anUnknownLanguageIsRefused() throws Exception {
        assertThat(errorOf("Words.\n{lang=xx}")).endsWith("marks.md:4:1: lang 'xx' names no known language; write e.g. en-US or es");
    }

    @Test
    void aMarkWithSpacesIsRefused() throws Exception {
        assertThat(errorOf("Say [hola]{ lang=es } here.")).endsWith(
                "marks.md:3:11: a language mark is written {lang=TAG} with no spaces, e.g. [hola]{lang=es}");
    }

    @Test
    void aMarkInTheMiddleOfAParagraphIsRefused() throws Exception {
        assertThat(errorOf("Say {lang=es} hola.")).endsWith(
                "marks.md:3:1: a language mark must close [the words]{lang=TAG} or end a paragraph; it cannot stand here");
    }

    @Test
    void aMarkEndingAHeadingIsRefused() throws Exception {
        assertThat(errorOf("## Bienvenidos {lang=es}")).contains(
                "a language mark must close [the words]{lang=TAG} or end a paragraph");
    }

    @Test
    void aMarkAloneIsRefused() throws Exception {
        assertThat(errorOf("{lang=es}")).endsWith(
                "marks.md:3:1: a language mark ends a paragraph with no words; put it at the end of the paragraph it names");
    }
}
