package dev.dynamite.core.trust;

import dev.dynamite.mapping.DynamiteTable;
import dev.dynamite.mapping.GlobalIndex;
import dev.dynamite.mapping.PrimaryKey;

/** A Boolean GSI sort key that a registered converter stores as a number. */
@DynamiteTable
public class Flagged {

	@PrimaryKey
	private String id;

	@GlobalIndex(name = "by_kind", sortKey = "flag")
	private String kind;

	private Boolean flag;

	public Flagged() {
	}

	public Flagged(String id, String kind, Boolean flag) {
		this.id = id;
		this.kind = kind;
		this.flag = flag;
	}

	public String getId() { return this.id; }
	public void setId(String id) { this.id = id; }
	public String getKind() { return this.kind; }
	public void setKind(String kind) { this.kind = kind; }
	public Boolean getFlag() { return this.flag; }
	public void setFlag(Boolean flag) { this.flag = flag; }
}
