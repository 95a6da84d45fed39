package org.handout.render.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.handout.model.Image;
import org.handout.model.InvalidHandoutException;

/**
 * An image as a {@code data:} URI with its pixel size, so one HTML file carries its pictures (it
 * can be emailed) and the PDF renderer never has to open a file or a URL on the page's behalf.
 */
record EmbeddedImage(String dataUri, int width, int height) {
    private static final Map<String, String> MEDIA_TYPES = Map.of(
            "png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg", "gif", "image/gif");

    static EmbeddedImage of(Path source, Image image) throws IOException, InvalidHandoutException {
        String name = image.file().getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        String mediaType = MEDIA_TYPES.get(extension);
        if (mediaType == null) {
            throw new InvalidHandoutException(source, image.at(),
                    "image " + name + " is not PNG, JPEG or GIF; convert it to one of those");
        }
        byte[] bytes = Files.readAllBytes(image.file());
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new InvalidHandoutException(source, image.at(), "image " + name + " cannot be read as " + mediaType);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return new EmbeddedImage("data:" + mediaType + ";base64," + Base64.getEncoder().encodeToString(bytes),
                        reader.getWidth(0), reader.getHeight(0));
            } finally {
                reader.dispose();
            }
        }
    }
}
