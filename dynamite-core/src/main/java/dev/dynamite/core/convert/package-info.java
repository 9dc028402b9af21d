/**
 * Conversion between entities and DynamoDB attribute-value maps.
 */
@NullMarked
package dev.dynamite.core.convert;

import org.jspecify.annotations.NullMarked;
