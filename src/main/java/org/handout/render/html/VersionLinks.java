package org.handout.render.html;

import java.util.List;
import org.handout.model.Handout;
import org.handout.model.LanguageVersion;
import org.handout.render.PageWords;
import org.handout.render.Profile;
import org.handout.render.WritingDirection;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Links from a handout's web page to its other versions that are there to link to (the build
 * decides, see {@link org.handout.model.Handout}): the other print size of the same page, and the
 * same page in the other languages of its translation set, each named in its own
 * language and written in its own direction. The links' words are the page's language's. Written before the main landmark, so the skip link passes over them and the
 * read-back, which reads the main landmark only, does not count them as content.
 */
public final class VersionLinks {
    private VersionLinks() {
    }

    static void add(Document page, Handout handout, Profile profile) {
        boolean largePrint = !profile.fileSuffix().isEmpty();
        PageWords words = PageWords.of(handout.meta().lang());
        String otherSize = handout.slug() + (largePrint ? "" : Profile.largePrint(profile.page()).fileSuffix()) + ".html";
        List<LanguageVersion> others = handout.otherLanguages();
        if (!handout.otherPrintSize() && others.isEmpty()) {
            return;
        }
        Element nav = new Element("nav").addClass("versions").attr("aria-label", words.otherVersions());
        page.selectFirst("main").before(nav);
        if (handout.otherPrintSize()) {
            nav.appendElement("p").appendElement("a").attr("href", UrlSegment.encode(otherSize))
                    .text(largePrint ? words.standardPrint() : words.largePrint());
        }
        if (others.isEmpty()) {
            return;
        }
        Element also = nav.appendElement("p").text(words.alsoIn() + " ");
        for (int i = 0; i < others.size(); i++) {
            LanguageVersion other = others.get(i);
            String href = href(other, profile);
            page.head().appendElement("link").attr("rel", "alternate").attr("hreflang", other.lang().toLanguageTag())
                    .attr("href", href);
            also.appendElement("a").attr("href", href).attr("hreflang", other.lang().toLanguageTag())
                    .attr("lang", other.lang().toLanguageTag()).attr("dir", WritingDirection.of(other.lang()).html())
                    .text(other.ownName());
            if (i < others.size() - 1) {
                also.appendText(", ");
            }
        }
    }

    /** The same kind of page of another version, in its own output folder beside this one. */
    private static String href(LanguageVersion version, Profile profile) {
        return "../" + UrlSegment.encode(version.slug()) + "/" + UrlSegment.encode(version.slug() + profile.fileSuffix() + ".html");
    }
}
