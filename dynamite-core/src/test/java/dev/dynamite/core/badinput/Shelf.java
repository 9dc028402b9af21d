package dev.dynamite.core.badinput;

import dev.dynamite.mapping.DynamiteTable;
import dev.dynamite.mapping.PrimaryKey;
import dev.dynamite.mapping.SortKey;

/** An entity with a string sort key (for the 1,024-byte sort key limit). */
@DynamiteTable
public class Shelf {

	@PrimaryKey
	private String aisle;

	@SortKey
	private String slot;

	public Shelf() {
	}

	public Shelf(String aisle, String slot) {
		this.aisle = aisle;
		this.slot = slot;
	}

	public String getAisle() { return this.aisle; }
	public void setAisle(String aisle) { this.aisle = aisle; }
	public String getSlot() { return this.slot; }
	public void setSlot(String slot) { this.slot = slot; }
}
