/**
 * Actuator health support for Dynamite.
 */
@NullMarked
package dev.dynamite.autoconfigure.health;

import org.jspecify.annotations.NullMarked;
