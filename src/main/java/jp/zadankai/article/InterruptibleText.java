package jp.zadankai.article;

import java.util.concurrent.CancellationException;

/**
 * An article's text as the Markdown parser reads it, one character at a time, which stops the reading thread once
 * it is interrupted. flexmark has no way to be stopped, and a render abandoned at its time bound went on for a
 * minute and more on both cores; every loop of the parser and renderer reads characters, so this is where it ends.
 */
final class InterruptibleText implements CharSequence {
    private final String text;

    InterruptibleText(String text) {
        this.text = text;
    }

    @Override
    public char charAt(int index) {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("render abandoned at its time bound");
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new InterruptibleText(text.substring(start, end));
    }

    @Override
    public String toString() {
        return text;
    }
}
