package org.handout.model;

/**
 * A {@link TreeWalk} that hands every piece of text it passes, in reading order, to {@link #words}:
 * text and literal runs as written, a line break as a space. For collectors of what is written
 * where (in which language, in which block); they override a node to decide what its text counts as.
 */
public interface TextWalk extends TreeWalk {

    void words(String text);

    @Override
    default Void text(Text text) {
        words(text.text());
        return null;
    }

    @Override
    default Void code(Code code) {
        words(code.text());
        return null;
    }

    @Override
    default Void lineBreak(LineBreak lineBreak) {
        words(" ");
        return null;
    }
}
