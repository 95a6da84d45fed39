package org.handout.render.html;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.handout.model.Handout;
import org.handout.model.InvalidHandoutException;
import org.handout.render.FontList;
import org.handout.render.LanguageFonts;
import org.handout.render.LanguageParts;
import org.handout.render.Profile;
import org.handout.render.Renderer;
import org.jsoup.nodes.Document;

/**
 * Writes a handout as one self-contained, semantic HTML5 page: styles, fonts and images inline,
 * no scripts, nothing fetched. The standard profile gives {@code <slug>.html}, the large-print
 * profile {@code <slug>-large-print.html} with that profile's sizes, spacing and colours; each
 * links to the other and to the handout in its other languages.
 */
public final class HtmlRenderer implements Renderer {
    private static final String SYSTEM_FONTS = ", Verdana, Arial, sans-serif";

    @Override
    public void write(Handout handout, Profile profile, OutputStream out) throws IOException, InvalidHandoutException {
        FontList fonts = LanguageFonts.bundled().of(handout.meta().lang());
        Document page = HtmlDocument.build(handout, HtmlFlavour.WEB, WebStylesheet.of(profile) + languageFonts(fonts)
                + LanguageParts.css(handout, SYSTEM_FONTS));
        VersionLinks.add(page, handout, profile);
        // A page whose list leaves Atkinson out (Cyrillic, Greek, Vietnamese) would never draw with it.
        if (LanguageParts.fonts(handout).families().stream().anyMatch(family -> family.name().equals(WebFonts.FAMILY))) {
            WebFonts.embed(page, profile.italicAllowed());
        }
        out.write(page.outerHtml().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The language's own font list first, so a Chinese page asks for Chinese shapes before the system's.
     * Only Atkinson Hyperlegible is embedded ({@link WebFonts}); the Noto families are named for the
     * reader's system to supply.
     */
    private static String languageFonts(FontList fonts) {
        return "body { font-family: " + fonts.css() + SYSTEM_FONTS + "; }\n";
    }
}
