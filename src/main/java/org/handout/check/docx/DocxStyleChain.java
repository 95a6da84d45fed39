package org.handout.check.docx;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Answers what a style really means by following its {@code basedOn} chain up to the document
 * defaults, as Word does: a style that sets nothing itself inherits from the style it is based on.
 * Works on any DOCX, including one without a styles part.
 */
public final class DocxStyleChain {
    private final XWPFStyles styles;

    public DocxStyleChain(XWPFStyles styles) {
        this.styles = styles;
    }

    /** The style a paragraph without {@code pStyle} takes: the default paragraph style (Normal). */
    String paragraphStyleOrDefault(String styleId) {
        if (styleId != null || styles == null) {
            return styleId;
        }
        return styles.getCtStyles().getStyleList().stream()
                .filter(s -> s.getType() == STStyleType.PARAGRAPH && s.isSetDefault() && isOn(s.xgetDefault().getStringValue()))
                .map(CTStyle::getStyleId)
                .findFirst()
                .orElse(null);
    }

    /**
     * The paragraph's outline level (0 for a level-1 heading, 9 for body text): its own {@code outlineLvl} wins
     * over its style's, as in Word.
     */
    public Optional<Integer> outlineLevel(XWPFParagraph paragraph) {
        CTPPr own = paragraph.getCTP().getPPr();
        if (own != null && own.isSetOutlineLvl()) {
            return Optional.of(own.getOutlineLvl().getVal().intValue());
        }
        return inherited(paragraphStyleOrDefault(paragraph.getStyleID()), s -> s.isSetPPr() && s.getPPr().isSetOutlineLvl()
                ? Optional.of(s.getPPr().getOutlineLvl().getVal().intValue()) : Optional.empty());
    }

    /** The first value {@code property} yields along the chain from {@code styleId} upwards. */
    <T> Optional<T> inherited(String styleId, Function<CTStyle, Optional<T>> property) {
        Set<String> seen = new HashSet<>();
        for (XWPFStyle style = find(styleId); style != null && seen.add(style.getStyleId());
             style = find(style.getBasisStyleID())) {
            Optional<T> value = property.apply(style.getCTStyle());
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    /** Whether the style or any style it is based on matches. */
    boolean derivesFrom(String styleId, Predicate<XWPFStyle> test) {
        Set<String> seen = new HashSet<>();
        for (XWPFStyle style = find(styleId); style != null && seen.add(style.getStyleId());
             style = find(style.getBasisStyleID())) {
            if (test.test(style)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the style itself (not an ancestor) has this id or name, ignoring case and spaces. */
    static boolean named(XWPFStyle style, String name) {
        return squash(style.getStyleId()).equals(squash(name)) || squash(style.getName()).equals(squash(name));
    }

    static String squash(String text) {
        return text == null ? "" : text.replace(" ", "").toLowerCase(Locale.ROOT);
    }

    public Optional<XWPFStyle> style(String styleId) {
        return Optional.ofNullable(find(styleId));
    }

    /** The run properties every run starts from ({@code w:docDefaults/w:rPrDefault}). */
    Optional<CTRPr> defaultRunProperties() {
        if (styles == null) {
            return Optional.empty();
        }
        CTDocDefaults defaults = styles.getCtStyles().getDocDefaults();
        if (defaults == null || !defaults.isSetRPrDefault() || !defaults.getRPrDefault().isSetRPr()) {
            return Optional.empty();
        }
        return Optional.of(defaults.getRPrDefault().getRPr());
    }

    private XWPFStyle find(String styleId) {
        return styles == null || styleId == null ? null : styles.getStyle(styleId);
    }

    private static boolean isOn(String value) {
        return value == null || value.equals("1") || value.equalsIgnoreCase("true") || value.equalsIgnoreCase("on");
    }
}
