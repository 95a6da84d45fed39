package org.handout.build;

/** Any failure told in one line: its message's first line, or its kind when it has no message. */
public final class OneLineMessage {
    private OneLineMessage() {
    }

    public static String of(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("");
    }
}
