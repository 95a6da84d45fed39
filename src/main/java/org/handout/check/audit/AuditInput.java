package org.handout.check.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * What a file really is, judged by its first bytes rather than its name, before any library parses it: a PDF, a
 * Word document, an HTML page, or something the audit cannot read, with the reason in plain words.
 *
 * @param file   the file as given
 * @param format what its content says it is
 * @param bytes  its size
 */
public record AuditInput(Path file, DocumentFormat format, long bytes) {
    /** Larger files are refused: a handout is a few megabytes, and parsing costs memory in proportion. */
    public static final long DEFAULT_LARGEST_BYTES = 200L * 1024 * 1024;
    private static final int SNIFFED_BYTES = 1024;
    /** Where a PDF's end-of-file marker must appear: within the last kilobyte (ISO 32000 readers search there). */
    private static final int EOF_MARKER_WINDOW = 1024;

    /**
     * @throws UnreadableFileException naming the file and, in plain words, why it cannot be audited
     */
    public static AuditInput classify(Path file, long largestBytes) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new UnreadableFileException(file, "no such file");
        }
        if (!Files.isReadable(file)) {
            throw new UnreadableFileException(file, "not readable with this account's permissions");
        }
        long bytes = Files.size(file);
        if (bytes == 0) {
            throw new UnreadableFileException(file, "the file is empty");
        }
        if (bytes > largestBytes) {
            throw new UnreadableFileException(file, String.format(Locale.ROOT,
                    "too large to audit (%,d bytes; the limit is %,d bytes)", bytes, largestBytes));
        }
        byte[] head = head(file);
        Optional<DocumentFormat> named = formatByName(file);
        Optional<DocumentFormat> sniffed = sniff(file, head, named);
        if (named.isPresent() && !named.equals(sniffed)) {
            throw new UnreadableFileException(file, "not " + article(named.get()) + " despite its name: it holds "
                    + describe(sniffed, head));
        }
        DocumentFormat found = sniffed.orElseThrow(() -> new UnreadableFileException(file,
                "not a PDF, Word (DOCX) or HTML file: it holds " + describe(sniffed, head)));
        if (found == DocumentFormat.PDF) {
            requirePdfEnd(file, bytes);
        }
        return new AuditInput(file, found, bytes);
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SNIFFED_BYTES);
        }
    }

    private static Optional<DocumentFormat> formatByName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf")) {
            return Optional.of(DocumentFormat.PDF);
        }
        if (name.endsWith(".docx")) {
            return Optional.of(DocumentFormat.DOCX);
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return Optional.of(DocumentFormat.HTML);
        }
        return Optional.empty();
    }

    /** The format by magic bytes; a Word file that needs a password or is not DOCX is refused here. */
    private static Optional<DocumentFormat> sniff(Path file, byte[] head, Optional<DocumentFormat> named)
            throws IOException {
        String start = new String(head, StandardCharsets.ISO_8859_1);
        if (start.contains("%PDF-")) {
            return Optional.of(DocumentFormat.PDF);
        }
        if (start.startsWith("PK\u0003\u0004")) {
            requireWordPackage(file);
            return Optional.of(DocumentFormat.DOCX);
        }
        if (start.startsWith("\u00D0\u00CF\u0011\u00E0\u00A1\u00B1\u001A\u00E1")) {
            throw new UnreadableFileException(file, oleReason(file));
        }
        String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
        boolean markup = text.startsWith("<!doctype html") || text.startsWith("<html") || text.contains("<body")
                || text.contains("<head") || (text.startsWith("<") && named.equals(Optional.of(DocumentFormat.HTML)));
        return !text.contains("\u0000") && markup ? Optional.of(DocumentFormat.HTML) : Optional.empty();
    }

    /** An OLE2 container is either an encrypted DOCX (Word puts those in one) or an old binary Office file. */
    private static String oleReason(Path file) {
        try (POIFSFileSystem container = new POIFSFileSystem(file.toFile(), true)) {
            if (container.getRoot().hasEntry("EncryptedPackage")) {
                return "the document is encrypted and needs a password to open; ask for a copy without a password";
            }
        } catch (IOException | RuntimeException e) {
            return "damaged: an Office container whose directory cannot be read";
        }
        return "an old binary Office file (.doc, .xls, .ppt), not DOCX; save it as .docx in Word and audit that";
    }

    private static void requireWordPackage(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("word/document.xml") == null) {
                throw new UnreadableFileException(file, "a ZIP archive without a Word document in it, not DOCX");
            }
        } catch (java.util.zip.ZipException e) {
            throw new UnreadableFileException(file, "damaged: its ZIP directory cannot be read (the file may be cut short)");
        }
    }

    /** A PDF whose last kilobyte has no %%EOF was cut short: readers would rebuild it from guesses. */
    private static void requirePdfEnd(Path file, long bytes) throws IOException {
        int window = (int) Math.min(EOF_MARKER_WINDOW, bytes);
        byte[] tail = new byte[window];
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            in.seek(bytes - window);
            in.readFully(tail);
        }
        if (!new String(tail, StandardCharsets.ISO_8859_1).contains("%%EOF")) {
            throw new UnreadableFileException(file, "damaged at byte " + bytes
                    + ": the PDF ends there without its end-of-file marker, so it was probably cut short");
        }
    }

    private static String article(DocumentFormat format) {
        return format == DocumentFormat.HTML ? "an HTML file" : format == DocumentFormat.DOCX ? "a Word (DOCX) file" : "a PDF";
    }

    private static String describe(Optional<DocumentFormat> found, byte[] head) {
        if (found.isPresent()) {
            return article(found.get());
        }
        String start = new String(head, StandardCharsets.ISO_8859_1);
        if (start.startsWith("\u0089PNG") || start.startsWith("\u00FF\u00D8\u00FF") || start.startsWith("GIF8")) {
            return "an image";
        }
        boolean text = start.chars().limit(SNIFFED_BYTES).allMatch(c -> c >= 9 && c != 127 && (c >= 32 || c == 9 || c == 10 || c == 13) || c >= 128);
        return text ? "plain text" : "data of another kind";
    }
}
