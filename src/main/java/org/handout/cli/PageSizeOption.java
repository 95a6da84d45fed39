package org.handout.cli;

import org.handout.render.PageSize;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --page-size}, shared by the commands that render or re-read paper formats. */
final class PageSizeOption {
    @Option(names = "--page-size", paramLabel = "SIZE", defaultValue = "letter", converter = Converter.class,
            description = "Paper for the PDFs and DOCX files: letter or a4 (default: ${DEFAULT-VALUE}).")
    PageSize pageSize;

    static final class Converter implements CommandLine.ITypeConverter<PageSize> {
        @Override
        public PageSize convert(String value) {
            for (PageSize size : PageSize.values()) {
                if (size.cssName().equalsIgnoreCase(value.strip())) {
                    return size;
                }
            }
            throw new CommandLine.TypeConversionException("page size must be letter or a4, not '" + value + "'");
        }
    }
}
