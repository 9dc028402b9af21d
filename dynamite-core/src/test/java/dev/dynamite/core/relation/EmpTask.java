package dev.dynamite.core.relation;

import java.util.List;

import dev.dynamite.mapping.BelongsTo;
import dev.dynamite.mapping.DynamiteTable;
import dev.dynamite.mapping.HasMany;
import dev.dynamite.mapping.ManyToMany;
import dev.dynamite.mapping.PrimaryKey;

/** A task: belongs to an employee. */
@DynamiteTable("rel_tasks")
public class EmpTask {

	@PrimaryKey
	String id;

	String name;

	String employeeId;

	int priority;

	@BelongsTo(target = Employee.class, foreignKey = "employeeId")
	Employee employee;

	public EmpTask() {
	}

	public EmpTask(String id, String name) {
		this.id = id;
		this.name = name;
	}

	public String getId() { return this.id; }
	public String getName() { return this.name; }
	public EmpTask(String id, String name, String employeeId, int priority) { this(id, name); this.employeeId = employeeId; this.priority = priority; }
	public int getPriority() { return this.priority; }
	public Employee getEmployee() { return this.employee; }
}
