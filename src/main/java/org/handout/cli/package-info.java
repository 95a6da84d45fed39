/** The {@code handout} command: picocli commands, their shared options, and console output. Nothing else. */
package org.handout.cli;
