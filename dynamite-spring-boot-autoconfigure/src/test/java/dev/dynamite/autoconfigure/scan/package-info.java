/**
 * An entity package outside the application's package.
 */
@NullUnmarked
package dev.dynamite.autoconfigure.scan;

import org.jspecify.annotations.NullUnmarked;
