package org.handout.render.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.xml.namespace.QName;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlCursor;
import org.handout.convention.DocxMarks;
import org.handout.model.Handout;
import org.handout.model.Image;
import org.handout.model.InvalidHandoutException;
import org.handout.render.RefusedHandout;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;
import org.openxmlformats.schemas.drawingml.x2006.main.CTOfficeArtExtension;

/**
 * Embeds a handout's images as inline pictures, at their screen size but never wider than the
 * text column, each with its alt text and a drawing id unique in the document. One instance per
 * document: it numbers the pictures.
 */
final class PictureWriter {
    private static final double SCREEN_PIXEL_PT = 0.75;

    private final Handout handout;
    private final double contentWidthPt;
    private int imageCount;

    PictureWriter(Handout handout, double contentWidthPt) {
        this.handout = handout;
        this.contentWidthPt = contentWidthPt;
    }

    void write(Image image, XWPFParagraph paragraph) {
        try {
            byte[] bytes = Files.readAllBytes(image.file());
            var pixels = ImageIO.read(new ByteArrayInputStream(bytes));
            PictureType type = pictureType(image);
            if (pixels == null || type == null) {
                throw new RefusedHandout(new InvalidHandoutException(handout.source(), image.at(),
                        "image '" + image.file().getFileName() + "' cannot go into a DOCX; use PNG, JPEG or GIF"));
            }
            double widthPt = Math.min(pixels.getWidth() * SCREEN_PIXEL_PT, contentWidthPt);
            double heightPt = pixels.getHeight() * SCREEN_PIXEL_PT * widthPt / (pixels.getWidth() * SCREEN_PIXEL_PT);
            XWPFRun run = paragraph.createRun();
            XWPFPicture picture = run.addPicture(new ByteArrayInputStream(bytes), type,
                    image.file().getFileName().toString(), Units.toEMU(widthPt), Units.toEMU(heightPt));
            imageCount++;
            describe(run, picture, image, imageCount);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidFormatException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }

    private static PictureType pictureType(Image image) {
        String name = image.file().getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png")) {
            return PictureType.PNG;
        }
        if (name.endsWith(".jpg") || name.endsWith(".jpeg")) {
            return PictureType.JPEG;
        }
        if (name.endsWith(".gif")) {
            return PictureType.GIF;
        }
        return null;
    }

    /**
     * Alt text goes where Word's "Alt Text" pane and screen readers read it, {@code wp:docPr/@descr}
     * (POI puts the file name there); drawing ids are made unique and non-zero as Word expects.
     */
    private static void describe(XWPFRun run, XWPFPicture picture, Image image, int number) {
        CTNonVisualDrawingProps docPr = run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr();
        docPr.setId(number);
        docPr.setName("Picture " + number);
        docPr.setDescr(image.alt());
        CTNonVisualDrawingProps pictureProps = picture.getCTPicture().getNvPicPr().getCNvPr();
        pictureProps.setId(number);
        pictureProps.setDescr(image.alt());
        if (image.decorative()) {
            CTOfficeArtExtension ext = docPr.addNewExtLst().addNewExt();
            ext.setUri(DocxMarks.DECORATIVE_EXT);
            try (XmlCursor cursor = ext.newCursor()) {
                cursor.toEndToken();
                cursor.beginElement(new QName(DocxMarks.DECORATIVE_NS, "decorative", "adec"));
                cursor.insertNamespace("adec", DocxMarks.DECORATIVE_NS);
                cursor.insertAttributeWithValue("val", "1");
            }
        }
    }
}
