package org.handout.render.html;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.handout.model.Handout;
import org.handout.model.InvalidHandoutException;
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

    @Override
    public void write(Handout handout, Profile profile, OutputStream out) throws IOException, InvalidHandoutException {
        Document page = HtmlDocument.build(handout, HtmlFlavour.WEB, WebStylesheet.of(profile));
        VersionLinks.add(page, handout, profile);
        WebFonts.embed(page, profile.italicAllowed());
        out.write(page.outerHtml().getBytes(StandardCharsets.UTF_8));
    }
}
