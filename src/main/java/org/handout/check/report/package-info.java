/** The files a check writes and reads: report.json, report.html, and the one JSON set-up. */
package org.handout.check.report;
