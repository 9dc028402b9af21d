/**
 * Query planning: the one place that chooses GetItem, BatchGetItem, Query or Scan, and expression building.
 */
@NullMarked
package dev.dynamite.core.query;

import org.jspecify.annotations.NullMarked;
