package dev.dynamite.core.model;

import dev.dynamite.mapping.DynamiteTable;
import dev.dynamite.mapping.PrimaryKey;

/** Eight independent counters on one item: one per concurrent writer. */
@DynamiteTable
public class Tally {

	@PrimaryKey
	private String id;

	private Integer f0;
	private Integer f1;
	private Integer f2;
	private Integer f3;
	private Integer f4;
	private Integer f5;
	private Integer f6;
	private Integer f7;

	public Tally() {
	}

	public Tally(String id) {
		this.id = id;
	}

	public String getId() { return this.id; }
	public void setId(String id) { this.id = id; }

	/** The counter of writer {@code i} (0..7). */
	public Integer get(int i) {
		return switch (i) {
			case 0 -> this.f0;
			case 1 -> this.f1;
			case 2 -> this.f2;
			case 3 -> this.f3;
			case 4 -> this.f4;
			case 5 -> this.f5;
			case 6 -> this.f6;
			case 7 -> this.f7;
			default -> throw new IllegalArgumentException("No field f" + i);
		};
	}
}
