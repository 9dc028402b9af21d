package dev.dynamite.core.relation;

import java.util.List;

import dev.dynamite.mapping.BelongsTo;
import dev.dynamite.mapping.DynamiteTable;
import dev.dynamite.mapping.HasMany;
import dev.dynamite.mapping.ManyToMany;
import dev.dynamite.mapping.PrimaryKey;

/** An organisation with departments (the seed's relations test, level 1). */
@DynamiteTable("rel_orgs")
public class Org {

	@PrimaryKey
	String id;

	String name;

	@HasMany(target = Dept.class, foreignKey = "orgId")
	List<Dept> departments;

	public Org() {
	}

	public Org(String id, String name) {
		this.id = id;
		this.name = name;
	}

	public String getId() { return this.id; }
	public String getName() { return this.name; }
	public List<Dept> getDepartments() { return this.departments; }
}
