package org.handout.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handout.model.Emphasis;
import org.handout.model.Inline;
import org.handout.model.LanguagePart;
import org.handout.model.Link;
import org.handout.model.SourceSpan;
import org.handout.model.Strong;
import org.handout.model.Text;

/**
 * The marks that give words another language than the handout's, in Pandoc's attribute syntax
 * so a plain Markdown viewer shows them as readable brackets: {@code [palabras]{lang=es}} for a
 * phrase, and {@code {lang=zh-Hans}} ending a paragraph (on its last line or a line of its own)
 * for the whole paragraph. Tags are checked where commonmark's text nodes still know their line
 * ({@link #checkTags}); the marks are taken out of the model's runs afterwards.
 */
final class LanguageMarks {
    private static final Pattern MARK = Pattern.compile("\\{lang=([^}\\s]*)}");
    private static final Pattern MARK_START = Pattern.compile("\\{\\s*lang\\b");
    private static final Pattern PHRASE_END = Pattern.compile("]\\{lang=([^}\\s]*)}");
    private static final Pattern PARAGRAPH_END = Pattern.compile("(?:^|\\s)\\{lang=([^}\\s]*)}\\s*$");

    private LanguageMarks() {
    }

    /** Refuses a malformed mark or an unknown language in one commonmark text node starting at {@code at}. */
    static void checkTags(String literal, SourceSpan at) throws SourceProblem {
        Matcher start = MARK_START.matcher(literal);
        while (start.find()) {
            SourceSpan here = new SourceSpan(at.line(), at.column() + start.start());
            Matcher mark = MARK.matcher(literal).region(start.start(), literal.length());
            if (!mark.lookingAt()) {
                throw new SourceProblem(here, "a language mark is written {lang=TAG} with no spaces, e.g. [hola]{lang=es}");
            }
            LanguageTag.parse(mark.group(1), here);
        }
    }

    /** The runs with every {@code [words]{lang=TAG}} made a {@link LanguagePart}, inside emphasis and links too. */
    static List<Inline> phrases(List<Inline> inlines) {
        List<Inline> out = new ArrayList<>();
        for (Inline inline : inlines) {
            if (inline instanceof Emphasis e) {
                out.add(new Emphasis(phrases(e.content())));
            } else if (inline instanceof Strong s) {
                out.add(new Strong(phrases(s.content())));
            } else if (inline instanceof Link l) {
                out.add(new Link(l.target(), phrases(l.content())));
            } else {
                out.add(inline);
            }
        }
        while (closeFirstPhrase(out)) {
            // each pass turns the first closed phrase into a part; nested phrases close inside out
        }
        return out;
    }

    /** A paragraph's runs without a trailing {@code {lang=TAG}}, and the language it gives the paragraph. */
    record MarkedParagraph(List<Inline> text, Optional<Locale> lang) {
    }

    static MarkedParagraph paragraph(List<Inline> inlines) {
        if (!inlines.isEmpty() && inlines.get(inlines.size() - 1) instanceof Text last) {
            Matcher end = PARAGRAPH_END.matcher(last.text());
            if (end.find()) {
                List<Inline> text = new ArrayList<>(inlines.subList(0, inlines.size() - 1));
                String before = last.text().substring(0, end.start()).stripTrailing();
                if (!before.isEmpty()) {
                    text.add(new Text(before));
                }
                return new MarkedParagraph(text, Optional.of(Locale.forLanguageTag(end.group(1))));
            }
        }
        return new MarkedParagraph(inlines, Optional.empty());
    }

    /** Refuses a mark left over: one neither closing a phrase nor ending a paragraph. */
    static void refuseStray(List<Inline> inlines, SourceSpan at) throws SourceProblem {
        if (MARK_START.matcher(Inline.plainText(inlines)).find()) {
            throw new SourceProblem(at, "a language mark must close [the words]{lang=TAG} or end a paragraph; "
                    + "it cannot stand here");
        }
    }

    private static boolean closeFirstPhrase(List<Inline> runs) {
        for (int close = 0; close < runs.size(); close++) {
            if (!(runs.get(close) instanceof Text closing)) {
                continue;
            }
            Matcher end = PHRASE_END.matcher(closing.text());
            if (!end.find()) {
                continue;
            }
            for (int open = close; open >= 0; open--) {
                if (runs.get(open) instanceof Text opening) {
                    int limit = open == close ? end.start() : opening.text().length();
                    int bracket = opening.text().lastIndexOf('[', limit - 1);
                    if (bracket >= 0) {
                        replace(runs, open, bracket, close, end);
                        return true;
                    }
                }
            }
            return false;
        }
        return false;
    }

    /** Replaces the runs from the {@code [} to the mark with the part, keeping the text around them. */
    private static void replace(List<Inline> runs, int open, int bracket, int close, Matcher end) {
        String opening = ((Text) runs.get(open)).text();
        String closing = ((Text) runs.get(close)).text();
        List<Inline> content = new ArrayList<>();
        if (open == close) {
            addText(content, opening.substring(bracket + 1, end.start()));
        } else {
            addText(content, opening.substring(bracket + 1));
            content.addAll(runs.subList(open + 1, close));
            addText(content, closing.substring(0, end.start()));
        }
        List<Inline> replacement = new ArrayList<>();
        addText(replacement, opening.substring(0, bracket));
        replacement.add(new LanguagePart(Locale.forLanguageTag(end.group(1)), content));
        addText(replacement, closing.substring(end.end()));
        runs.subList(open, close + 1).clear();
        runs.addAll(open, replacement);
    }

    private static void addText(List<Inline> runs, String text) {
        if (!text.isEmpty()) {
            runs.add(new Text(text));
        }
    }
}
