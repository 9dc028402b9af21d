/**
 * Repository configuration: {@link dev.dynamite.repository.config.EnableDynamiteRepositories @EnableDynamiteRepositories}, its registrar and configuration extension.
 */
@NullMarked
package dev.dynamite.repository.config;

import org.jspecify.annotations.NullMarked;
