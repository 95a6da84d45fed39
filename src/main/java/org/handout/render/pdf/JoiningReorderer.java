package org.handout.render.pdf;

import com.ibm.icu.text.Bidi;
import com.openhtmltopdf.bidi.BidiReorderer;
import org.handout.convention.PresentationForms;

/**
 * OpenHTMLtoPDF's hook for right-to-left text: ICU's bidi reordering with mirroring, and the
 * joining of {@link ContextualForms} in place of ICU's shaper, which leaves Persian and Urdu
 * letters unjoined. Stateless and thread-safe.
 */
final class JoiningReorderer implements BidiReorderer {

    @Override
    public String reorderRTLTextToLTR(String text) {
        return Bidi.writeReverse(text, Bidi.DO_MIRRORING);
    }

    @Override
    public String shapeText(String text) {
        return ContextualForms.unicode().shape(text);
    }

    /** Back to the letters, for a font without the presentation form: they then show unjoined but readable. */
    @Override
    public String deshapeText(String text) {
        return PresentationForms.toLetters(text);
    }

    @Override
    public boolean isLiveImplementation() {
        return true;
    }
}
