package dev.dynamite.core.relation;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.dynamite.Dynamite;
import dev.dynamite.core.DynamiteOperations;
import dev.dynamite.core.Filter;
import dev.dynamite.core.Include;
import dev.dynamite.core.QueryOptions;
import dev.dynamite.test.LocalDynamoDb;
import dev.dynamite.test.RecordingInterceptor;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The requests relations send for 100 parents, counted: a belongs-to is one BatchGetItem per 100 distinct foreign
 * keys, a has-many one Query per parent on the foreign-key index, a many-to-many one Query of the pivot per parent and
 * one BatchGetItem of the distinct related keys; never a Scan beyond the parents' own read.
 */
class RelationRequestCountIntegrationTests {

	private static final RecordingInterceptor recorder = new RecordingInterceptor();

	private static Dynamite dynamite;

	private static DynamiteOperations template;

	@BeforeAll
	static void seed() {
		dynamite = LocalDynamoDb.dynamite("relationcounts", List.of(recorder), Org.class, Dept.class, Employee.class,
				EmpTask.class, Project.class);
		template = dynamite.template();
		List<Object> items = new ArrayList<>();
		for (int d = 0; d < 150; d++) {
			items.add(new Dept("d" + d, "dept " + d, "acme"));
		}
		for (int e = 0; e < 100; e++) {
			items.add(new Employee("e" + e, "employee " + e, "d" + (e % 10)));
			items.add(new EmpTask("t" + e + "a", "task a", "e" + e, 1));
			items.add(new EmpTask("t" + e + "b", "task b", "e" + e, 2));
		}
		for (int t = 0; t < 150; t++) {
			items.add(new EmpTask("u" + t, "unassigned-ish", "e" + (t % 100), 3));
		}
		for (int p = 0; p < 30; p++) {
			items.add(new Project("p" + p, "project " + p));
		}
		for (Object item : items) {
			template.save(item);
		}
		for (int e = 0; e < 100; e++) {
			Employee employee = template.findById(Employee.class, "e" + e).orElseThrow();
			template.syncRelation(employee, Project.class, List.of("p" + (e % 30), "p" + ((e + 1) % 30)));
		}
	}

	@AfterAll
	static void stop() {
		dynamite.close();
	}

	@BeforeEach
	void clear() {
		recorder.clear();
	}

	private static QueryOptions include(Include include) {
		return QueryOptions.builder().include(include).build();
	}

	@Test
	void belongsToOf100ParentsWith10DistinctKeysIsOneBatchGetItem() {
		List<Employee> employees = template.where(Employee.class, Filter.all(), include(Include.of("department")));

		assertThat(employees).hasSize(100).allSatisfy((employee) -> assertThat(employee.getDepartment().getId())
			.isEqualTo(employee.getDeptId()));
		assertThat(recorder.names()).containsExactly("Scan", "BatchGetItem");
		assertThat(recorder.requests(BatchGetItemRequest.class).get(0).requestItems().values().iterator().next().keys())
			.hasSize(10);
	}

	@Test
	void belongsToOf350ParentsWith100DistinctKeysIsOneBatchGetItemOf100Keys() {
		List<EmpTask> tasks = template.where(EmpTask.class, Filter.all(), include(Include.of("employee")));

		assertThat(tasks).hasSize(350).allSatisfy((task) -> assertThat(task.getEmployee()).isNotNull());
		assertThat(recorder.names()).filteredOn("BatchGetItem"::equals).hasSize(1);
		assertThat(recorder.names()).doesNotContain("Query").filteredOn("Scan"::equals).hasSize(1);
	}

	@Test
	void hasManyOf100ParentsIsOneQueryPerParentOnTheForeignKeyIndex() {
		List<Employee> employees = template.where(Employee.class, Filter.all(), include(Include.of("tasks")));

		assertThat(employees).hasSize(100).allSatisfy((employee) -> assertThat(employee.getTasks()).hasSizeBetween(3, 4));
		assertThat(recorder.names()).filteredOn("Scan"::equals).hasSize(1);
		assertThat(recorder.requests(QueryRequest.class)).hasSize(100)
			.allSatisfy((query) -> assertThat(query.indexName()).isEqualTo("employeeId_index"));
		assertThat(recorder.names()).hasSize(101);
	}

	@Test
	void manyToManyOf100ParentsIsAPivotQueryEachAndOneBatchGetItem() {
		List<Employee> employees = template.where(Employee.class, Filter.all(), include(Include.of("projects")));

		assertThat(employees).hasSize(100).allSatisfy((employee) -> assertThat(employee.getProjects()).hasSize(2));
		assertThat(recorder.names()).filteredOn("Scan"::equals).hasSize(1);
		assertThat(recorder.names()).filteredOn("Query"::equals).hasSize(100);
		assertThat(recorder.names()).filteredOn("BatchGetItem"::equals).hasSize(1);
		assertThat(recorder.names()).hasSize(102);
	}

	@Test
	void belongsToOf150DistinctKeysIsTwoBatchGetItems() {
		List<Dept> depts = template.where(Dept.class, Filter.all());
		List<Employee> employees = new ArrayList<>();
		for (Dept dept : depts) {
			employees.add(new Employee("x" + dept.getId(), "x", dept.getId()));
		}
		template.saveAll(employees);
		recorder.clear();
		try {
			List<Employee> loaded = template.where(Employee.class, Filter.where("id").beginsWith("x"),
					include(Include.of("department")));

			assertThat(loaded).hasSize(150).allSatisfy((employee) -> assertThat(employee.getDepartment()).isNotNull());
			assertThat(recorder.names()).containsExactly("Scan", "BatchGetItem", "BatchGetItem");
		}
		finally {
			template.delete(Employee.class, Filter.where("id").beginsWith("x"));
		}
	}
}
