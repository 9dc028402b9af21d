/**
 * Single-table design in the sample: customers and their orders in one table, {@code shop}, served under
 * {@code /shop}.
 */
@NullMarked
package dev.dynamite.sample.shop;

import org.jspecify.annotations.NullMarked;
