package org.handout.check.audit;

/**
 * A document as assistive technology meets it.
 *
 * @param title the title announced on opening it, empty when it has none
 * @param lang  its declared language, empty when it has none
 * @param pages how many pages it has, 0 for formats without pages
 * @param root  its content in reading order
 */
public record DocumentTree(String title, String lang, int pages, AccessibleNode root) {
}
