package dev.dynamite.core.relation;

import java.util.List;

import dev.dynamite.mapping.BelongsTo;
import dev.dynamite.mapping.DynamiteTable;
import dev.dynamite.mapping.HasMany;
import dev.dynamite.mapping.ManyToMany;
import dev.dynamite.mapping.PrimaryKey;

/** A department: belongs to an organisation, has employees. */
@DynamiteTable("rel_depts")
public class Dept {

	@PrimaryKey
	String id;

	String name;

	String orgId;

	@BelongsTo(target = Org.class, foreignKey = "orgId")
	Org org;

	@HasMany(target = Employee.class, foreignKey = "deptId")
	List<Employee> employees;

	public Dept() {
	}

	public Dept(String id, String name) {
		this.id = id;
		this.name = name;
	}

	public String getId() { return this.id; }
	public String getName() { return this.name; }
	public Dept(String id, String name, String orgId) { this(id, name); this.orgId = orgId; }
	public Org getOrg() { return this.org; }
	public List<Employee> getEmployees() { return this.employees; }
}
