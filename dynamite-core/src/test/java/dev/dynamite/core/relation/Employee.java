package dev.dynamite.core.relation;

import java.util.List;

import dev.dynamite.mapping.BelongsTo;
import dev.dynamite.mapping.DynamiteTable;
import dev.dynamite.mapping.HasMany;
import dev.dynamite.mapping.ManyToMany;
import dev.dynamite.mapping.PrimaryKey;

/** An employee: belongs to a department, has tasks, works on projects (many-to-many). */
@DynamiteTable("rel_employees")
public class Employee {

	@PrimaryKey
	String id;

	String name;

	String deptId;

	@BelongsTo(target = Dept.class, foreignKey = "deptId")
	Dept department;

	@HasMany(target = EmpTask.class, foreignKey = "employeeId")
	List<EmpTask> tasks;

	@ManyToMany(target = Project.class, pivotTable = "rel_employee_projects", foreignKey = "employeeId",
			relatedKey = "projectId")
	List<Project> projects;

	public Employee() {
	}

	public Employee(String id, String name) {
		this.id = id;
		this.name = name;
	}

	public String getId() { return this.id; }
	public String getName() { return this.name; }
	public Employee(String id, String name, String deptId) { this(id, name); this.deptId = deptId; }
	public String getDeptId() { return this.deptId; }
	public Dept getDepartment() { return this.department; }
	public List<EmpTask> getTasks() { return this.tasks; }
	public List<Project> getProjects() { return this.projects; }
}
