package org.handout.render.pdf;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

/** One bundled TrueType file and the CSS weight and style it answers to. The bytes are never modified. */
record FontFace(String resource, int weight, boolean italic, byte[] bytes) {

    InputStream open() {
        return new ByteArrayInputStream(bytes);
    }
}
