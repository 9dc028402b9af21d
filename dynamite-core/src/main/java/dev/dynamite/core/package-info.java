/**
 * The template: {@link dev.dynamite.core.DynamiteOperations}, {@link dev.dynamite.core.Filter}, {@link dev.dynamite.core.QueryOptions}, {@link dev.dynamite.core.Key} and exception translation.
 */
@NullMarked
package dev.dynamite.core;

import org.jspecify.annotations.NullMarked;
