/** Reading DOCX files back (also ones edited in Word): outline through the style chain, font sizes, DOCX measures. */
package org.handout.check.docx;
