/**
 * Auto-configuration of the Dynamite data layer: mapping context, converter, template, schema sync and
 * repositories.
 */
@NullMarked
package dev.dynamite.autoconfigure.data;

import org.jspecify.annotations.NullMarked;
