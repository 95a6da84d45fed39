package org.handout.browser;

import java.util.ArrayList;
import java.util.List;

/**
 * What the library page's filter did in the browser: whether its script showed the form, and
 * the handouts shown and the status line announced before filtering, after typing the search
 * words, and after clearing them and choosing a language.
 */
public record FilterUse(boolean formVisible, State before, State searched, State chosen) {

    public record State(List<String> shown, String status) {
        public State {
            shown = List.copyOf(shown);
        }
    }

    /** The words to type and the language to choose, e.g. {@code new Request("recaida", "es")}. */
    public record Request(String search, String language) {
        List<String> arguments() {
            List<String> arguments = new ArrayList<>(List.of("--search", search));
            arguments.addAll(List.of("--language", language));
            return arguments;
        }
    }
}
