/**
 * The sample app as built ahead of time ({@code spring-boot:process-aot}), started in a JVM of its own; run by
 * failsafe after {@code package}, when the AOT-generated classes exist.
 */
@NullUnmarked
package dev.dynamite.sample.aot;

import org.jspecify.annotations.NullUnmarked;
