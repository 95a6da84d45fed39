/**
 * Print profiles ({@code Profile}, {@code PageSize}, {@code Palette}) as data, the
 * {@code Renderer} contract, build dates and bundled resources; one subpackage per renderer
 * ({@code html}, {@code pdf}, {@code docx}). Depends on the model only.
 */
package org.handout.render;
