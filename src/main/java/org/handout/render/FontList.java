package org.handout.render;

import java.util.List;
import java.util.stream.Collectors;

/** The font families a language's text is drawn with, first choice first; never empty. */
public record FontList(List<FontFamily> families) {

    public FontList {
        families = List.copyOf(families);
        if (families.isEmpty()) {
            throw new IllegalArgumentException("a font list needs at least one family");
        }
    }

    /** The CSS {@code font-family} value, every name quoted. */
    public String css() {
        return families.stream().map(family -> "\"" + family.name() + "\"").collect(Collectors.joining(", "));
    }

    /** The family for Latin letters, digits and punctuation (Word's {@code w:ascii} and {@code w:hAnsi}). */
    public String latin() {
        return first(FontFamily.Kind.LATIN);
    }

    /** The family for Han, kana and Hangul (Word's {@code w:eastAsia}). */
    public String eastAsian() {
        return first(FontFamily.Kind.EAST_ASIAN);
    }

    /** The family for right-to-left and complex scripts (Word's {@code w:cs}). */
    public String complex() {
        return first(FontFamily.Kind.COMPLEX);
    }

    private String first(FontFamily.Kind kind) {
        return families.stream().filter(family -> family.kind() == kind).findFirst()
                .orElse(families.get(0)).name();
    }
}
