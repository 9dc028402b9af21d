package dev.dynamite.repository;

import dev.dynamite.mapping.DynamiteTable;
import dev.dynamite.mapping.PrimaryKey;
import dev.dynamite.mapping.SortKey;

/**
 * A sensor reading: partition key {@code sensor}, sort key {@code seq}; a table with a composite key.
 *
 * @param sensor the sensor id
 * @param seq the reading number
 * @param value the measured value
 */
@DynamiteTable
public record Reading(@PrimaryKey String sensor, @SortKey Integer seq, Double value) {
}
