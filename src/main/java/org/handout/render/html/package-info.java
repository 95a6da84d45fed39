/** The HTML renderer: a self-contained web page, and the print flavour the PDF renderer lays out. */
package org.handout.render.html;
