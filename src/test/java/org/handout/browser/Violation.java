package org.handout.browser;

import java.util.List;

/** One axe-core rule a page broke, with the CSS selectors of the offending elements. */
public record Violation(String id, String impact, String help, List<String> tags, List<String> targets) {
    public Violation {
        tags = List.copyOf(tags);
        targets = List.copyOf(targets);
    }

    @Override
    public String toString() {
        return id + " (" + impact + "): " + help + " at " + targets;
    }
}
