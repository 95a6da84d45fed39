package org.handout.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the text colours a stylesheet declares against the backgrounds they sit on. A rule's
 * {@code color} is paired with the rule's own background when it declares one, else with the
 * page background (from {@code html}, {@code body} or {@code :root}); a rule that only sets a
 * background is paired with the page's text colour, which its content inherits.
 */
public final class StylesheetContrast {
    private static final Pattern RULE = Pattern.compile("([^{}]*)\\{([^{}]*)}");
    private static final Pattern COLOR = Pattern.compile("(?:^|;)\\s*color\\s*:\\s*(#[0-9a-fA-F]{6})");
    private static final Pattern BACKGROUND =
            Pattern.compile("(?:^|;)\\s*background(?:-color)?\\s*:\\s*(#[0-9a-fA-F]{6})");
    private static final Pattern PAGE_SELECTOR = Pattern.compile("(?:^|[\\s,}])(html|body|:root)\\s*(?:,|$)");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);

    private StylesheetContrast() {
    }

    /** A text colour and the background it was paired with, below the required ratio. */
    public record Failure(String selector, String foreground, String background, double ratio) {
    }

    /** Every pairing in {@code css} whose contrast is below {@code minimum}; empty when all pass. */
    public static List<Failure> failures(String css, double minimum) {
        List<Rule> rules = rules(css);
        String pageText = "#000000";
        String pageBackground = "#ffffff";
        for (Rule rule : rules) {
            if (PAGE_SELECTOR.matcher(rule.selector()).find()) {
                pageText = rule.color().orElse(pageText);
                pageBackground = rule.background().orElse(pageBackground);
            }
        }
        List<Failure> failures = new ArrayList<>();
        for (Rule rule : rules) {
            if (rule.color().isEmpty() && rule.background().isEmpty()) {
                continue;
            }
            String foreground = rule.color().orElse(pageText);
            String background = rule.background().orElse(pageBackground);
            double ratio = ContrastRatio.of(foreground, background);
            if (ratio < minimum) {
                failures.add(new Failure(rule.selector(), foreground, background, ratio));
            }
        }
        return failures;
    }

    private static List<Rule> rules(String css) {
        List<Rule> rules = new ArrayList<>();
        Matcher matcher = RULE.matcher(COMMENT.matcher(css).replaceAll(""));
        while (matcher.find()) {
            String declarations = matcher.group(2).strip();
            rules.add(new Rule(matcher.group(1).strip(), last(COLOR, declarations), last(BACKGROUND, declarations)));
        }
        return rules;
    }

    /** The declaration that wins inside one rule is the last one. */
    private static Optional<String> last(Pattern property, String declarations) {
        Matcher matcher = property.matcher(declarations);
        String value = null;
        while (matcher.find()) {
            value = matcher.group(1);
        }
        return Optional.ofNullable(value);
    }

    private record Rule(String selector, Optional<String> color, Optional<String> background) {
    }
}
