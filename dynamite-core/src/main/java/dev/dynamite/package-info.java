/**
 * Dynamite's entry point without Spring Boot: {@link dev.dynamite.Dynamite}.
 */
@NullMarked
package dev.dynamite;

import org.jspecify.annotations.NullMarked;
