package dev.dynamite.core.model;

import dev.dynamite.mapping.DynamiteTable;
import dev.dynamite.mapping.PrimaryKey;

/** A plain entity for bulk tests: a string key, a group to filter on, a number and a padding payload. */
@DynamiteTable
public class Parcel {

	@PrimaryKey
	private String id;

	private String grp;

	private Integer n;

	private String payload;

	public Parcel() {
	}

	public Parcel(String id, String grp, int n, String payload) {
		this.id = id;
		this.grp = grp;
		this.n = n;
		this.payload = payload;
	}

	public String getId() { return this.id; }
	public void setId(String id) { this.id = id; }
	public String getGrp() { return this.grp; }
	public void setGrp(String grp) { this.grp = grp; }
	public Integer getN() { return this.n; }
	public void setN(Integer n) { this.n = n; }
	public String getPayload() { return this.payload; }
	public void setPayload(String payload) { this.payload = payload; }
}
