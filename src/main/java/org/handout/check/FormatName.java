package org.handout.check;

/**
 * How a report names the format of a file: the id used on the command line and in report.json,
 * and the label people read. The formats themselves are listed in {@code org.handout.format}.
 */
public record FormatName(String id, String label) {
}
