/** Reading HTML back with jsoup into the outline a screen reader would find. */
package org.handout.check.html;
