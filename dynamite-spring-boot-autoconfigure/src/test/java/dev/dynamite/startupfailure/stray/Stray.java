package dev.dynamite.startupfailure.stray;

import dev.dynamite.mapping.DynamiteTable;
import dev.dynamite.mapping.PrimaryKey;

/** An entity outside the application's entity scan. */
@DynamiteTable
public class Stray {

	@PrimaryKey
	public String id;
}
