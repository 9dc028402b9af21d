package dev.dynamite.autoconfigure.scan;

import dev.dynamite.mapping.DynamiteTable;
import dev.dynamite.mapping.PrimaryKey;

/** An entity outside the application's package, found through {@code @EntityScan}. */
@DynamiteTable
public record Author(@PrimaryKey String name, String country) {
}
