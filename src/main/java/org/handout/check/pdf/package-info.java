/**
 * Reading PDFs back: the outline from the structure tree and marked content, glyph metrics, tag
 * summary, the PDF measures and veraPDF's PDF/UA-1 validation.
 */
package org.handout.check.pdf;
