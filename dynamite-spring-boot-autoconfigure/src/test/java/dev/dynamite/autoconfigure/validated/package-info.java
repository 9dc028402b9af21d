/**
 * An entity with Bean Validation constraints, for the validation auto-configuration tests.
 */
@NullMarked
package dev.dynamite.autoconfigure.validated;

import org.jspecify.annotations.NullMarked;
