package org.handout.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.handout.model.Handout;
import org.handout.model.Image;
import org.handout.model.TreeWalk;

/**
 * The SHA-256 of everything a handout's outputs depend on: its source bytes, its images, and
 * the build-wide part (tool, styles, fonts, settings) computed once per batch. Equal
 * fingerprints mean a rebuild would write the same bytes.
 */
final class InputFingerprint {
    private InputFingerprint() {
    }

    /** @param context what the outputs depend on beyond the files: the build-wide part, the links to other versions */
    static String of(Path source, List<Path> images, String context) throws IOException {
        MessageDigest digest = sha256();
        digest.update(context.getBytes(StandardCharsets.UTF_8));
        digest.update(Files.readAllBytes(source));
        for (Path image : images) {
            digest.update(image.toString().getBytes(StandardCharsets.UTF_8));
            digest.update(Files.readAllBytes(image));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The build-wide part: what every handout of the batch shares. */
    static String buildWide(List<String> parts) {
        MessageDigest digest = sha256();
        parts.forEach(part -> digest.update((part + "\u0000").getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The image files the handout shows, at any depth, in reading order. */
    static List<Path> images(Handout handout) {
        List<Path> images = new ArrayList<>();
        new TreeWalk() {
            @Override
            public Void image(Image image) {
                images.add(image.file());
                return null;
            }
        }.blocks(handout.body());
        return images;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
