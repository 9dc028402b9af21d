/**
 * Test slices for Dynamite: {@link dev.dynamite.test.autoconfigure.DynamiteTest @DynamiteTest} and
 * {@link dev.dynamite.test.autoconfigure.AutoConfigureDynamite @AutoConfigureDynamite}.
 */
@NullMarked
package dev.dynamite.test.autoconfigure;

import org.jspecify.annotations.NullMarked;
