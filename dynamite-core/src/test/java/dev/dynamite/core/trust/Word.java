package dev.dynamite.core.trust;

import dev.dynamite.mapping.DynamiteTable;
import dev.dynamite.mapping.PrimaryKey;
import dev.dynamite.mapping.SortKey;

/** Words under one partition, sorted by DynamoDB (UTF-8 bytes) in a Query. */
@DynamiteTable
public record Word(@PrimaryKey String lang, @SortKey String text, int rank) {
}
