package org.handout.render.pdf;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.util.ULocale;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.handout.model.Handout;
import org.handout.model.InvalidHandoutException;
import org.handout.render.BuildDate;
import org.handout.render.FontList;
import org.handout.render.LanguageParts;
import org.handout.render.Profile;
import org.handout.render.Renderer;
import org.handout.render.WritingDirection;
import org.handout.render.html.HtmlDocument;
import org.handout.render.html.HtmlFlavour;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;

/**
 * Writes a tagged PDF/UA-1 handout, standard or large print depending on the profile, through
 * OpenHTMLtoPDF from the print flavour of the HTML. Stateless and safe to share between threads:
 * fonts and stylesheets are loaded once per JVM, everything else is per call.
 */
public final class PdfRenderer implements Renderer {
    static {
        // OpenHTMLtoPDF logs every stylesheet parse and font load; the one warning that matters
        // (text with no font to draw it) is caught before rendering by GlyphCoverage.
        XRLog.setLoggingEnabled(false);
    }

    /**
     * Scripts whose letters change shape and order by OpenType rules (conjuncts, reordered vowel
     * signs, stacked or Nastaliq forms): PDFBox substitutes glyphs after OpenHTMLtoPDF measured
     * the unshaped text, leaving gaps and glyphs without Unicode values, and no HarfBuzz binding
     * for Java exists. ISO 15924 codes.
     */
    private static final Set<String> UNSHAPED_SCRIPTS = Set.of("Deva", "Beng", "Guru", "Gujr", "Orya", "Taml", "Telu",
            "Knda", "Mlym", "Sinh", "Thai", "Laoo", "Khmr", "Mymr", "Tibt", "Aran");

    private final GlyphCoverage coverage = new GlyphCoverage(BundledFonts.shared());

    /** Browsers and Word shape these scripts, so only the PDFs are not made. */
    @Override
    public Optional<String> unavailableFor(Handout handout) {
        String script = ULocale.addLikelySubtags(ULocale.forLocale(handout.meta().lang())).getScript();
        if (!UNSHAPED_SCRIPTS.contains(script)) {
            return Optional.empty();
        }
        return Optional.of("the PDF engine cannot shape " + UScript.getName(UScript.getCodeFromName(script)).replace('_', ' ')
                + " script");
    }

    /**
     * @throws InvalidHandoutException when the handout has a character no font of its language
     *                                 can draw (it would vanish from the PDF without any error)
     */
    @Override
    public void write(Handout handout, Profile profile, OutputStream out) throws IOException, InvalidHandoutException {
        coverage.check(handout);
        FontList fonts = LanguageParts.fonts(handout);
        Document html = printHtml(handout, profile);

        ByteArrayOutputStream drawn = new ByteArrayOutputStream();
        try (PDDocument pdf = new PDDocument()) {
            render(handout, profile, html, fonts, pdf);
            EmptyArtifacts.remove(pdf);
            // Read back at once: object streams would only be unpacked again.
            pdf.save(drawn, CompressParameters.NO_COMPRESSION);
        }
        finish(drawn.toByteArray(), html, handout, profile, out);
    }

    /** Lays the print HTML out into {@code pdf}, drawing with the language's fonts. */
    private static void render(Handout handout, Profile profile, Document html, FontList fonts, PDDocument pdf)
            throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .usePDDocument(pdf)
                .usePdfUaAccessibility(true)
                .withProducer(ReproducibleMetadata.PRODUCER)
                .useExternalResourceAccessControl(new ConfinedResources(), ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl(new ConfinedResources(), ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .withW3cDocument(W3CDom.convert(html), handout.source().toAbsolutePath().getParent().toUri().toString());
        BundledFonts.shared().registerWith(builder, pdf, fonts);
        if (KoreanLineBreaker.appliesTo(handout.meta().lang())) {
            builder.useUnicodeLineBreaker(new KoreanLineBreaker());
        }
        if (LanguageParts.anyRightToLeft(handout)) {
            builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory())
                    .useUnicodeBidiReorderer(new JoiningReorderer());
        }
        if (WritingDirection.of(handout.meta().lang()) == WritingDirection.RIGHT_TO_LEFT) {
            builder.defaultTextDirection(TextDirection.RTL);
        }

        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.createPDFWithoutClosing();
        }
    }

    /**
     * What needs the fonts as written: PDFBox subsets them, and gives the glyphs their Unicode
     * values, only when it saves. So the drawn document is saved, read back, given its
     * logical-order text (right-to-left text only) and its fonts' CMaps, and saved again.
     */
    private static void finish(byte[] drawn, Document html, Handout handout, Profile profile, OutputStream out)
            throws IOException {
        try (PDDocument saved = Loader.loadPDF(drawn)) {
            if (LogicalOrderText.needed(html.body())) {
                LogicalOrderText.apply(saved, html.body());
            }
            SubsetIdentityCMaps.apply(saved);
            ReproducibleMetadata.apply(saved, BuildDate.of(handout), fingerprint(html, profile));
            saved.save(out);
        }
    }

    /** The print HTML exactly as rendered, with the profile's stylesheet and the bookmarks. */
    public static Document printHtml(Handout handout, Profile profile) throws IOException, InvalidHandoutException {
        Document html = HtmlDocument.build(handout, HtmlFlavour.PRINT,
                PrintStylesheet.of(profile, handout.meta().lang()) + LanguageParts.css(handout, ""));
        Bookmarks.appendTo(html.head(), handout.body());
        return html;
    }

    /** The print HTML carries the text, the images and the profile's CSS: all the PDF is made of. */
    private static byte[] fingerprint(Document html, Profile profile) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(profile.name().getBytes(StandardCharsets.UTF_8));
            digest.update(html.outerHtml().getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(digest.digest(), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
