package dev.dynamite.core.relation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;

import dev.dynamite.repository.DynamiteRepository;
import dev.dynamite.repository.WithRelations;

/** Derived queries that load relations. */
public interface EmployeeRepository extends DynamiteRepository<Employee, String> {

	@WithRelations({ "department.org", "tasks" })
	List<Employee> findByDeptId(String deptId);

	@WithRelations("department")
	Optional<Employee> findOneById(String id);

	@WithRelations("tasks")
	Page<Employee> findByDeptIdOrderByNameAsc(String deptId, Pageable pageable);

	@WithRelations("projects")
	Window<Employee> findFirst2ByDeptIdOrderByNameAsc(String deptId, ScrollPosition position);
}
