/**
 * Renders plans into AWS SDK requests: expressions, placeholders, projections and conditions. Pure code, tested
 * without a database.
 */
@NullMarked
package dev.dynamite.core.request;

import org.jspecify.annotations.NullMarked;
