package org.handout.render.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.handout.model.Metadata;
import org.handout.render.PageWords;

/** The words a handout's footer carries, the same on the web page and on every printed page. */
final class PageFooter {
    private PageFooter() {
    }

    /** Organization and review date, when the source gives either. */
    static Optional<String> sourceLine(Metadata meta) {
        List<String> parts = new ArrayList<>();
        meta.organization().ifPresent(parts::add);
        meta.reviewed().ifPresent(date -> parts.add(PageWords.of(meta.lang()).reviewed(date.toString())));
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" · ", parts));
    }

    /** What every printed page shows beside its page number: the title, then the source line. */
    static String runningLine(Metadata meta) {
        return sourceLine(meta).map(line -> meta.title() + " · " + line).orElse(meta.title());
    }
}
