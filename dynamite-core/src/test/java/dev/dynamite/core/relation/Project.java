package dev.dynamite.core.relation;

import java.util.List;

import dev.dynamite.mapping.BelongsTo;
import dev.dynamite.mapping.DynamiteTable;
import dev.dynamite.mapping.HasMany;
import dev.dynamite.mapping.ManyToMany;
import dev.dynamite.mapping.PrimaryKey;

/** A project: its members through the same pivot, read from the other side. */
@DynamiteTable("rel_projects")
public class Project {

	@PrimaryKey
	String id;

	String name;

	@ManyToMany(target = Employee.class, pivotTable = "rel_employee_projects", foreignKey = "projectId",
			relatedKey = "employeeId")
	List<Employee> members;

	public Project() {
	}

	public Project(String id, String name) {
		this.id = id;
		this.name = name;
	}

	public String getId() { return this.id; }
	public String getName() { return this.name; }
	public List<Employee> getMembers() { return this.members; }
}
