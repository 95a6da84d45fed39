package org.handout.render.html;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.handout.model.Handout;
import org.handout.model.InvalidHandoutException;
import org.handout.render.BundledResource;
import org.handout.render.FontList;
import org.handout.render.LanguageFonts;
import org.handout.render.Profile;
import org.handout.render.Renderer;

/**
 * Writes a handout as one self-contained, semantic HTML5 page ({@code <slug>.html}): styles and
 * images inline, no scripts, nothing fetched. The web page is the same for every print profile.
 */
public final class HtmlRenderer implements Renderer {
    private static final String STYLESHEET = BundledResource.text("/styles/web.css");

    @Override
    public void write(Handout handout, Profile profile, OutputStream out) throws IOException, InvalidHandoutException {
        String stylesheet = STYLESHEET + languageFonts(LanguageFonts.bundled().of(handout.meta().lang()));
        out.write(HtmlDocument.build(handout, HtmlFlavour.WEB, stylesheet).outerHtml().getBytes(StandardCharsets.UTF_8));
    }

    /** The language's own font list first, so a Chinese page asks for Chinese shapes before the system's. */
    private static String languageFonts(FontList fonts) {
        return "body { font-family: " + fonts.css() + ", Verdana, Arial, sans-serif; }\n";
    }

    /** The web stylesheet exactly as inlined, for checks such as colour contrast. */
    public static String stylesheet() {
        return STYLESHEET;
    }
}
