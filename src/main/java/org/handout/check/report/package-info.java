/** The files a check or an audit writes and reads: report.json, report.html, the audit's JSON lines and pages, and the one JSON set-up. */
package org.handout.check.report;
