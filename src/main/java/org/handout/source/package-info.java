/**
 * Markdown and YAML front matter into the model, with source positions; every input rule (one
 * title, no skipped levels, alt text, safe links) is enforced here. The only code that knows
 * Markdown. Depends on the model only.
 */
package org.handout.source;
