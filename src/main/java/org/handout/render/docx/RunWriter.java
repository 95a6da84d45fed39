package org.handout.render.docx;

import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.handout.model.Code;
import org.handout.model.Emphasis;
import org.handout.model.Inline;
import org.handout.model.InlineVisitor;
import org.handout.model.LineBreak;
import org.handout.model.Link;
import org.handout.model.Strong;
import org.handout.model.Text;
import org.handout.render.WritingDirection;
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

    RunWriter(XWPFParagraph paragraph, boolean italicAllowed) {
        this(paragraph, italicAllowed, false, false);
    }

    private RunWriter(XWPFParagraph paragraph, boolean italicAllowed, boolean bold, boolean italic) {
        this.paragraph = paragraph;
        this.italicAllowed = italicAllowed;
        this.bold = bold;
        this.italic = italic;
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
                ? new RunWriter(paragraph, true, bold, true)
                : new RunWriter(paragraph, false, true, false);
        inner.write(emphasis.content());
        return null;
    }

    @Override
    public Void strong(Strong strong) {
        new RunWriter(paragraph, italicAllowed, true, italic).write(strong.content());
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

    /** A run with Hebrew or Arabic letters is marked right-to-left, so Word orders and shapes it as such. */
    private static void written(XWPFRun run, String text) {
        run.setText(text);
        if (text.codePoints().anyMatch(WritingDirection::isRightToLeftLetter)) {
            CTRPr properties = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
            properties.addNewRtl();
        }
    }

    /** Word styles complex-script text (Arabic, Hebrew) by the {@code bCs}/{@code iCs} twins, so each is set with its Latin one. */
    private XWPFRun formatted(XWPFRun run) {
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
