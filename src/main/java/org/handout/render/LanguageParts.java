package org.handout.render;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.handout.model.Handout;
import org.handout.model.LanguagePart;
import org.handout.model.Paragraph;
import org.handout.model.TreeWalk;

/**
 * The languages a handout's text is in: its own and those of its paragraphs and phrases marked
 * as another language. Each brings its font list, so every renderer asks this, not the metadata alone.
 */
public final class LanguageParts {
    private LanguageParts() {
    }

    /** The handout's language first, then each other language of its parts in reading order, each once. */
    public static List<Locale> of(Handout handout) {
        Set<Locale> languages = new LinkedHashSet<>();
        languages.add(handout.meta().lang());
        new TreeWalk() {
            @Override
            public Void paragraph(Paragraph paragraph) {
                paragraph.lang().ifPresent(languages::add);
                return TreeWalk.super.paragraph(paragraph);
            }

            @Override
            public Void languagePart(LanguagePart part) {
                languages.add(part.lang());
                return TreeWalk.super.languagePart(part);
            }
        }.blocks(handout.body());
        return List.copyOf(languages);
    }

    /** Every family of every language's list, each once, the handout's own language's first. */
    public static FontList fonts(Handout handout) {
        return new FontList(of(handout).stream()
                .flatMap(language -> LanguageFonts.bundled().of(language).families().stream())
                .distinct()
                .toList());
    }

    /**
     * CSS giving each part in another language its language's fonts and, where it runs the other
     * way than the handout, its direction and alignment: {@code fallback} follows each font list,
     * e.g. the web page's system fonts.
     */
    public static String css(Handout handout, String fallback) {
        WritingDirection handoutDirection = WritingDirection.of(handout.meta().lang());
        return of(handout).stream().skip(1)
                .map(language -> "[lang=\"" + language.toLanguageTag() + "\"] { font-family: "
                        + LanguageFonts.bundled().of(language).css() + fallback + "; "
                        + (WritingDirection.of(language) == handoutDirection ? "" : WritingDirection.of(language).css())
                        + "}\n")
                .collect(Collectors.joining());
    }

    /** True when the handout's language or a part's is written right to left. */
    public static boolean anyRightToLeft(Handout handout) {
        return of(handout).stream().anyMatch(language -> WritingDirection.of(language) == WritingDirection.RIGHT_TO_LEFT);
    }
}
