/** What a reviewer learns about any PDF, DOCX or HTML file, made by handout or not ({@code handout audit}). */
package org.handout.check.audit;
