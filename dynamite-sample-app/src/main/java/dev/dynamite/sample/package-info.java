/**
 * The seed guide's User example as a Spring Boot application: the entity, its repository and the ten-step demo.
 */
@NullMarked
package dev.dynamite.sample;

import org.jspecify.annotations.NullMarked;
