/** The PDF renderer: print HTML and profile CSS through OpenHTMLtoPDF into tagged PDF/UA-1 with embedded fonts. */
package org.handout.render.pdf;
