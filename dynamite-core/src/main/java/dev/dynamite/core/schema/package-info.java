/**
 * Schema synchronisation: create or validate tables and global secondary indexes.
 */
@NullMarked
package dev.dynamite.core.schema;

import org.jspecify.annotations.NullMarked;
