package org.handout.render.html;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import org.handout.model.Image;
import org.handout.model.InvalidHandoutException;

/**
 * An image as a {@code data:} URI, so one HTML file carries its pictures (it can be emailed)
 * and the PDF renderer never has to open a file or a URL on the page's behalf.
 */
final class EmbeddedImage {
    private static final Map<String, String> MEDIA_TYPES = Map.of(
            "png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg", "gif", "image/gif");

    private EmbeddedImage() {
    }

    static String dataUri(Path source, Image image) throws IOException, InvalidHandoutException {
        String name = image.file().getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        String mediaType = MEDIA_TYPES.get(extension);
        if (mediaType == null) {
            throw new InvalidHandoutException(source, image.at(),
                    "image " + name + " is not PNG, JPEG or GIF; convert it to one of those");
        }
        return "data:" + mediaType + ";base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(image.file()));
    }
}
