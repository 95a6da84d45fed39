package org.handout.render.docx;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.handout.model.Code;
import org.handout.model.Emphasis;
import org.handout.model.Inline;
import org.handout.model.InlineVisitor;
import org.handout.model.LanguagePart;
import org.handout.model.LineBreak;
import org.handout.model.Link;
import org.handout.model.Strong;
import org.handout.model.Text;
import org.handout.render.WritingDirection;
import org.handout.render.FontList;
import org.handout.render.LanguageFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

/**
 * Writes inline content as runs of one paragraph. Formatting is carried down the nesting, and
 * emphasis becomes bold where the profile forbids italics (large print).
 */
final class RunWriter implements InlineVisitor<Void> {
    private final XWPFParagraph paragraph;
    private final boolean italicAllowed;
    private final boolean bold;
    private final boolean italic;
    private final Optional<Locale> language;

    RunWriter(XWPFParagraph paragraph, boolean italicAllowed) {
        this(paragraph, italicAllowed, Optional.empty());
    }

    /** @param language the runs' language when it is not the document's (a paragraph in another language) */
    RunWriter(XWPFParagraph paragraph, boolean italicAllowed, Optional<Locale> language) {
        this(paragraph, italicAllowed, false, false, language);
    }

    private RunWriter(XWPFParagraph paragraph, boolean italicAllowed, boolean bold, boolean italic,
                      Optional<Locale> language) {
        this.paragraph = paragraph;
        this.italicAllowed = italicAllowed;
        this.bold = bold;
        this.italic = italic;
        this.language = language;
    }

    void write(List<Inline> inlines) {
        inlines.forEach(inline -> inline.accept(this));
    }

    @Override
    public Void text(Text text) {
        written(formatted(paragraph.createRun()), text.text());
        return null;
    }

    @Override
    public Void emphasis(Emphasis emphasis) {
        RunWriter inner = italicAllowed
                ? new RunWriter(paragraph, true, bold, true, language)
                : new RunWriter(paragraph, false, true, false, language);
        inner.write(emphasis.content());
        return null;
    }

    @Override
    public Void strong(Strong strong) {
        new RunWriter(paragraph, italicAllowed, true, italic, language).write(strong.content());
        return null;
    }

    @Override
    public Void code(Code code) {
        written(formatted(paragraph.createRun()), code.text());
        return null;
    }

    /** One hyperlink run holding the link's words, so a screen reader announces the link once with its text. */
    @Override
    public Void link(Link link) {
        XWPFHyperlinkRun run = paragraph.createHyperlinkRun(link.target());
        run.setStyle(DocxStyleSheet.HYPERLINK);
        written(formatted(run), Inline.plainText(link.content()));
        return null;
    }

    @Override
    public Void lineBreak(LineBreak lineBreak) {
        paragraph.createRun().addBreak();
        return null;
    }

    @Override
    public Void languagePart(LanguagePart part) {
        new RunWriter(paragraph, italicAllowed, bold, italic, Optional.of(part.lang())).write(part.content());
        return null;
    }

    /** A run with Hebrew or Arabic letters is marked right-to-left, so Word orders and shapes it as such. */
    private static void written(XWPFRun run, String text) {
        run.setText(text);
        if (text.codePoints().anyMatch(WritingDirection::isRightToLeftLetter)) {
            CTRPr properties = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
            properties.addNewRtl();
        }
    }

    /**
     * Word styles complex-script text (Arabic, Hebrew) by the {@code bCs}/{@code iCs} twins, so each is set with its Latin one.
     * A run in another language than the document's names it for every kind of character (Word
     * reads {@code w:eastAsia} for Han, {@code w:bidi} for Arabic and Hebrew) and that language's fonts.
     */
    private XWPFRun formatted(XWPFRun run) {
        language.ifPresent(lang -> {
            CTRPr properties = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
            FontList fonts = LanguageFonts.bundled().of(lang);
            CTFonts families = properties.addNewRFonts();
            families.setAscii(fonts.latin());
            families.setHAnsi(fonts.latin());
            families.setEastAsia(fonts.eastAsian());
            families.setCs(fonts.complex());
            CTLanguage tag = properties.addNewLang();
            tag.setVal(lang.toLanguageTag());
            tag.setEastAsia(lang.toLanguageTag());
            tag.setBidi(lang.toLanguageTag());
        });
        if (bold) {
            run.setBold(true);
            run.setComplexScriptBold(true);
        }
        if (italic) {
            run.setItalic(true);
            run.setComplexScriptItalic(true);
        }
        return run;
    }
}
