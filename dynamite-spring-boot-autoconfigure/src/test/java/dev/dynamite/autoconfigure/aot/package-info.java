/**
 * An application package processed ahead of time: an entity with a value generator, its repository, and the
 * configuration marking the package.
 */
@NullUnmarked
package dev.dynamite.autoconfigure.aot;

import org.jspecify.annotations.NullUnmarked;
