package org.handout.check;

import java.util.Locale;

/** Every file a handout is turned into, with how its name is derived from the handout's slug. */
public enum OutputFormat {
    HTML("HTML", "", ".html"),
    PDF("PDF", "", ".pdf"),
    LARGE_PRINT_PDF("PDF large print", "-large-print", ".pdf"),
    DOCX("DOCX", "", ".docx"),
    LARGE_PRINT_DOCX("DOCX large print", "-large-print", ".docx");

    private final String label;
    private final String suffix;
    private final String extension;

    OutputFormat(String label, String suffix, String extension) {
        this.label = label;
        this.suffix = suffix;
        this.extension = extension;
    }

    /** How people name the format in tables and reports. */
    public String label() {
        return label;
    }

    /** The name used on the command line, e.g. {@code large-print-pdf}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String fileName(String slug) {
        return slug + suffix + extension;
    }

    public boolean largePrint() {
        return !suffix.isEmpty();
    }

    public boolean pdf() {
        return extension.equals(".pdf");
    }

    public static OutputFormat fromId(String id) {
        for (OutputFormat format : values()) {
            if (format.id().equals(id.strip().toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown format '" + id + "'; choose from html, pdf, large-print-pdf, docx, large-print-docx");
    }
}
