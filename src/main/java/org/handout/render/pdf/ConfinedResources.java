package org.handout.render.pdf;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import java.util.function.BiPredicate;

/**
 * What OpenHTMLtoPDF may load while rendering a handout: only the images already embedded in the
 * print HTML as {@code data:} URIs. Fonts and CSS are handed to it in memory, so any other URI
 * (the network, a {@code file:} anywhere on disk) comes from content and is refused.
 */
final class ConfinedResources implements BiPredicate<String, ExternalResourceType> {

    @Override
    public boolean test(String uri, ExternalResourceType type) {
        return type == ExternalResourceType.IMAGE_RASTER && uri != null && uri.startsWith("data:image/");
    }
}
