/**
 * A tiny application package: an entity, a repository and the configuration marking the package.
 */
@NullUnmarked
package dev.dynamite.autoconfigure.sample;

import org.jspecify.annotations.NullUnmarked;
