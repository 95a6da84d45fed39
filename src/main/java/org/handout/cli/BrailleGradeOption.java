package org.handout.cli;

import org.handout.braille.BrailleSettings;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --braille-grade}, shared by the commands that write or re-read BRFs: both must use the same tables. */
final class BrailleGradeOption {
    @Option(names = "--braille-grade", paramLabel = "1|2", defaultValue = "2", converter = Converter.class,
            description = "English braille grade: 2 contracted (UEB grade 2), 1 uncontracted (default: ${DEFAULT-VALUE});"
                    + " Spanish is always uncontracted.")
    BrailleSettings braille;

    static final class Converter implements CommandLine.ITypeConverter<BrailleSettings> {
        @Override
        public BrailleSettings convert(String value) {
            try {
                return new BrailleSettings(Integer.parseInt(value.strip()));
            } catch (IllegalArgumentException notOneOrTwo) {
                throw new CommandLine.TypeConversionException("braille grade must be 1 or 2, not '" + value + "'");
            }
        }
    }
}
