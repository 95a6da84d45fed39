package org.handout.check.audit;

import static org.handout.check.audit.Severity.ERROR;
import static org.handout.check.audit.Severity.REVIEW;
import static org.handout.check.audit.Severity.WARNING;

/**
 * Every check the audit makes beyond the validator, PAC-style for PDF, after Word's Accessibility Checker for DOCX
 * and after axe-core's rules for HTML: a stable id, a severity, what is wrong and the fix, each in one sentence.
 * The ids are part of the audit's output contract: rename none.
 */
public enum Heuristic {
    NO_LEVEL_ONE_HEADING("heading.no-h1", WARNING,
            "There is no level-1 heading.", "Mark the document's title as the one level-1 heading."),
    TITLE_NOT_HEADING("heading.title-not-heading", WARNING,
            "The document's title is tagged as ordinary text, not as a heading.",
            "Tag the title as a level-1 heading so that heading navigation starts with it."),
    SEVERAL_LEVEL_ONE_HEADINGS("heading.several-h1", WARNING,
            "There is more than one level-1 heading.", "Keep one level-1 heading, the title, and demote the others."),
    SKIPPED_HEADING_LEVEL("heading.skipped-level", WARNING,
            "A heading skips a level after the heading before it.", "Use the next level down, without gaps."),
    EMPTY_HEADING("heading.empty", ERROR,
            "A heading has no text.", "Give the heading its words or remove the heading tag."),
    QUOTE_NOT_TAGGED("quote.not-tagged", WARNING,
            "Text that looks like a quotation with an attribution is tagged as plain paragraphs.",
            "Tag the quotation as a block quote (BlockQuote, blockquote, Word's Quote style) with its attribution."),
    LIST_NOT_TAGGED("list.not-tagged", WARNING,
            "Lines that start with bullets or numbers are not tagged as a list.",
            "Make them a real list (L/LI, ul/ol, Word's list numbering) so the item count is announced."),
    LIST_LABEL_REPEATED("list.label-repeated", WARNING,
            "A list item's text repeats its bullet or number, so it is read twice.",
            "Keep the bullet or number in the label only (Lbl, or the list's own marker)."),
    FIGURE_WITHOUT_ALT("figure.alt-missing", ERROR,
            "An image has no alternative text.",
            "Describe what the image shows, or mark it as decorative if it carries no information."),
    FIGURE_ALT_MEANINGLESS("figure.alt-meaningless", ERROR,
            "An image's alternative text is a file name or a word like \"image\".",
            "Replace it with a description of what the image shows."),
    FIGURE_ALT_TOO_LONG("figure.alt-too-long", WARNING,
            "An image's alternative text is longer than a paragraph.",
            "Keep the alternative text short and put the long description in the body text."),
    LINK_WITHOUT_NAME("link.name-missing", ERROR,
            "A link has no text a screen reader can announce.", "Give the link words that say where it leads."),
    LINK_TEXT_VAGUE("link.vague-text", WARNING,
            "A link's text, such as \"click here\", does not say where it leads.",
            "Use words that name the destination."),
    LINK_TEXT_BARE_ADDRESS("link.bare-address", REVIEW,
            "A link's text is a bare web address, which is read out character by character.",
            "Use words that name the destination, unless the address itself must be printed."),
    TABLE_WITHOUT_HEADERS("table.no-header-cells", ERROR,
            "A table has no header cells.", "Mark the header row (and column) as header cells."),
    TABLE_MERGED_CELLS("table.merged-cells", WARNING,
            "A table has merged cells, which screen readers announce inconsistently.",
            "Split the merged cells or restructure the table."),
    FOREIGN_SCRIPT_WITHOUT_LANGUAGE("lang.foreign-script-unmarked", WARNING,
            "Text in another script than the document's language has no language of its own.",
            "Mark the passage with its language so it is pronounced correctly."),
    DOCUMENT_TITLE_MISSING("document.title-missing", ERROR,
            "The document has no title.", "Set the document's title (HTML title, Word's Title property, XMP dc:title)."),
    DOCUMENT_LANGUAGE_MISSING("document.lang-missing", ERROR,
            "The document declares no language.", "Set the document's language so it is read with the right voice."),
    PDF_NOT_TAGGED("pdf.not-tagged", ERROR,
            "The PDF has no tags, so it has no structure for assistive technology.",
            "Export it again with tags (PDF/UA), or tag it in a remediation tool."),
    TEXT_TOO_SMALL("text.too-small", WARNING,
            "Text is drawn smaller than 9 pt.", "Set body and note text at 9 pt or larger."),
    PAGE_ONLY_IMAGE("page.image-only", ERROR,
            "A page carries only an image and no text: probably a scan.",
            "Run OCR and tag the text, or provide the content as real text."),
    READING_ORDER_FAR_FROM_VISUAL("reading-order.far-from-visual", WARNING,
            "The tag order jumps back and forth on the page, far from the visual order.",
            "Reorder the tags to follow the page as it is read."),
    MAIN_LANDMARK_MISSING("landmark.main-missing", WARNING,
            "The page has no main landmark.", "Wrap the page's content in one main element."),
    CONTENT_OUTSIDE_LANDMARKS("landmark.content-outside", WARNING,
            "Text lies outside every landmark, where landmark navigation does not reach it.",
            "Put all content inside main, header, nav, aside or footer."),
    BLANK_PARAGRAPHS_FOR_LAYOUT("layout.blank-paragraphs", WARNING,
            "Several empty paragraphs in a row make space, and are read as blank lines.",
            "Use paragraph spacing or a page break instead of empty paragraphs."),
    SPACES_FOR_LAYOUT("layout.repeated-spaces", WARNING,
            "Runs of spaces or tabs position text, and are read as pauses.",
            "Use indentation, tab stops or a table instead of repeated spaces."),
    FLOATING_OBJECT("object.floating", WARNING,
            "An object floats over the text, so its reading position is unclear.",
            "Place the object in line with the text.");

    private final String id;
    private final Severity severity;
    private final String problem;
    private final String fix;

    Heuristic(String id, Severity severity, String problem, String fix) {
        this.id = id;
        this.severity = severity;
        this.problem = problem;
        this.fix = fix;
    }

    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    public Finding at(Location location) {
        return new Finding(id, severity, problem, location, fix);
    }
}
