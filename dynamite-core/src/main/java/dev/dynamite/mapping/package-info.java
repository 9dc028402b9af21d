/**
 * The annotations users put on entities ({@link dev.dynamite.mapping.DynamiteTable},
 * {@link dev.dynamite.mapping.PrimaryKey}, ...) and the mapping model built on Spring Data commons.
 */
@NullMarked
package dev.dynamite.mapping;

import org.jspecify.annotations.NullMarked;
