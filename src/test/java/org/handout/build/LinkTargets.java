package org.handout.build;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;

/** What a page opened from disk links to, and which of those links lead nowhere. */
public final class LinkTargets {
    private LinkTargets() {
    }

    /** Every link of the page at {@code page} except in-page anchors, as written. */
    public static List<String> of(Path page) throws IOException {
        return Jsoup.parse(page.toFile()).select("a[href]").eachAttr("href").stream()
                .filter(href -> !href.startsWith("#")).toList();
    }

    /** The links whose target is not an existing file next to or below {@code page}. */
    public static List<String> unresolved(Path page) throws IOException {
        Path folder = page.toAbsolutePath().getParent();
        return of(page).stream().filter(href -> !resolves(folder, href)).toList();
    }

    private static boolean resolves(Path folder, String href) {
        URI link = URI.create(href);
        if (link.isAbsolute() || link.getRawAuthority() != null) {
            return false;
        }
        Path target = folder.resolve(link.getPath()).normalize();
        return target.startsWith(folder) && Files.isRegularFile(target);
    }
}
