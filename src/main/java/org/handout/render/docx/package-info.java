/** The DOCX renderer: POI paragraphs, lists and tables, with styles generated from the print profile. */
package org.handout.render.docx;
