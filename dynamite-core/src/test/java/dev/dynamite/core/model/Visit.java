package dev.dynamite.core.model;

import dev.dynamite.mapping.CreatedAt;
import dev.dynamite.mapping.Default;
import dev.dynamite.mapping.DynamiteTable;
import dev.dynamite.mapping.PrimaryKey;
import dev.dynamite.mapping.RandomUuid;

/** An entity with a creation-order index: ordered reads without a key cost O(limit). */
@DynamiteTable
public class Visit {

	@PrimaryKey
	@Default(generator = RandomUuid.class)
	private String id;

	private String role;

	private int n;

	@CreatedAt(indexed = true)
	private String createdAt;

	public Visit() {
	}

	public Visit(String role, int n) {
		this.role = role;
		this.n = n;
	}

	public String getId() { return this.id; }
	public void setId(String id) { this.id = id; }
	public String getRole() { return this.role; }
	public void setRole(String role) { this.role = role; }
	public int getN() { return this.n; }
	public void setN(int n) { this.n = n; }
	public String getCreatedAt() { return this.createdAt; }
	public void setCreatedAt(String createdAt) { this.createdAt = createdAt; }
}
