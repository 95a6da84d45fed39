/**
 * The table of output formats, one row each: id, label, file name, renderer and print profile,
 * reader with its measures, validator. Where render and check meet; depends on both, and only
 * build and cli depend on it.
 */
package org.handout.format;
