package dev.dynamite.core.relation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

import dev.dynamite.Dynamite;
import dev.dynamite.core.DynamiteOperations;
import dev.dynamite.core.Filter;
import dev.dynamite.core.Include;
import dev.dynamite.core.QueryOptions;
import dev.dynamite.test.Api;
import dev.dynamite.test.LocalDynamoDb;
import dev.dynamite.test.RecordingInterceptor;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Relations, as the seed's relations test (an organisation, its departments, their employees, their tasks, and
 * projects linked through a pivot): has-many, belongs-to and many-to-many loaded with {@link Include}, nested three
 * levels deep, with limits and filters, attach/detach/syncRelation, and relation fields left alone unless included.
 */
@ParameterizedClass
@EnumSource(Api.class)
class RelationIntegrationTests {

	@Parameter
	Api api;

	private static final RecordingInterceptor recorder = new RecordingInterceptor();

	private static Dynamite dynamite;

	private DynamiteOperations template;

	@BeforeAll
	static void start() {
		dynamite = LocalDynamoDb.dynamite("relations", List.of(recorder), Org.class, Dept.class, Employee.class,
				EmpTask.class, Project.class);
	}

	@AfterAll
	static void stop() {
		dynamite.close();
	}

	@BeforeEach
	void seed() {
		this.template = this.api.operations(dynamite);
		for (Class<?> type : List.of(Org.class, Dept.class, Employee.class, EmpTask.class, Project.class)) {
			this.template.delete(type, Filter.all());
		}
		this.template.create(new Org("acme", "Acme Corp"));
		this.template.create(new Dept("eng", "Engineering", "acme"));
		this.template.create(new Dept("sales", "Sales", "acme"));
		this.template.create(new Employee("alice", "Alice", "eng"));
		this.template.create(new Employee("bob", "Bob", "eng"));
		this.template.create(new Employee("charlie", "Charlie", "sales"));
		this.template.create(new EmpTask("t1", "Build API", "alice", 1));
		this.template.create(new EmpTask("t2", "Write tests", "alice", 2));
		this.template.create(new EmpTask("t3", "Code review", "bob", 1));
		this.template.create(new EmpTask("t4", "Close deal", "charlie", 3));
		this.template.create(new Project("alpha", "Project Alpha"));
		this.template.create(new Project("beta", "Project Beta"));
		Employee alice = this.template.findById(Employee.class, "alice").orElseThrow();
		this.template.syncRelation(alice, Project.class, List.of());
		this.template.syncRelation(this.template.findById(Employee.class, "bob").orElseThrow(), Project.class, List.of());
		recorder.clear();
	}

	private static QueryOptions include(Include... includes) {
		return QueryOptions.builder().include(includes).build();
	}

	@Test
	void hasManyLoadsTheChildrenWithAQueryOnTheForeignKeyIndex() {
		Org org = this.template.where(Org.class, Filter.where("id", "acme"), include(Include.of("departments")))
			.get(0);

		assertThat(org.getDepartments()).extracting(Dept::getName).containsExactlyInAnyOrder("Engineering", "Sales");
		assertThat(recorder.names()).containsExactly("GetItem", "Query");
		assertThat(recorder.requests(QueryRequest.class).get(0).indexName()).isEqualTo("orgId_index");
	}

	@Test
	void belongsToLoadsTheParentByKey() {
		Dept dept = this.template.first(Dept.class, Filter.where("id", "eng"), include(Include.of("org"))).orElseThrow();

		assertThat(dept.getOrg().getName()).isEqualTo("Acme Corp");
		Employee alice = this.template.findById(Employee.class, "alice", include(Include.of("department"))).orElseThrow();
		assertThat(alice.getDepartment().getName()).isEqualTo("Engineering");
	}

	@Test
	void relationsStayNullUnlessIncluded() {
		Employee alice = this.template.findById(Employee.class, "alice").orElseThrow();
		Dept eng = this.template.where(Dept.class, Filter.where("id", "eng")).get(0);

		assertThat(alice.getTasks()).isNull();
		assertThat(alice.getDepartment()).isNull();
		assertThat(alice.getProjects()).isNull();
		assertThat(eng.getEmployees()).isNull();
		assertThat(recorder.names()).containsExactly("GetItem", "GetItem");
	}

	@Test
	void aHasManyWithoutMatchesIsEmptyAndABelongsToWithoutItsParentIsNull() {
		this.template.create(new Dept("empty", "Empty", "nowhere"));

		Dept empty = this.template.findById(Dept.class, "empty", include(Include.of("employees"), Include.of("org")))
			.orElseThrow();

		assertThat(empty.getEmployees()).isEmpty();
		assertThat(empty.getOrg()).isNull();
	}

	@Test
	void aLimitAppliesPerParent() {
		List<Employee> employees = this.template.where(Employee.class, Filter.where("deptId", "eng"),
				include(Include.of("tasks", QueryOptions.builder().limit(1).build())));

		assertThat(employees).hasSize(2).allSatisfy((employee) -> assertThat(employee.getTasks()).hasSize(1));
	}

	@Test
	void aFilterNarrowsTheRelatedItems() {
		Employee alice = this.template.findById(Employee.class, "alice",
				include(Include.of("tasks").where(Filter.where("priority").gt(1)))).orElseThrow();

		assertThat(alice.getTasks()).extracting(EmpTask::getName).containsExactly("Write tests");
	}

	@Test
	void nestedIncludesLoadThreeLevels() {
		Org org = this.template.findById(Org.class, "acme",
				include(Include.of("departments", Include.of("employees", Include.of("tasks"))))).orElseThrow();

		Map<String, Dept> depts = byName(org.getDepartments());
		Map<String, Employee> engineers = byName(depts.get("Engineering").getEmployees());
		assertThat(engineers.get("Alice").getTasks()).hasSize(2);
		assertThat(engineers.get("Bob").getTasks()).hasSize(1);
		assertThat(depts.get("Sales").getEmployees()).singleElement()
			.satisfies((charlie) -> assertThat(charlie.getTasks()).extracting(EmpTask::getName).containsExactly("Close deal"));
		// GetItem, 1 Query for the departments, 1 per department for employees, 1 per employee for tasks
		assertThat(recorder.names()).containsExactly("GetItem", "Query", "Query", "Query", "Query", "Query", "Query");
	}

	@Test
	void attachDetachAndSyncRelationWriteThePivot() {
		Employee alice = this.template.findById(Employee.class, "alice").orElseThrow();
		Employee bob = this.template.findById(Employee.class, "bob").orElseThrow();
		this.template.attach(alice, Project.class, "alpha");
		this.template.attach(alice, Project.class, "beta");
		this.template.attach(alice, Project.class, "beta");
		this.template.attach(bob, Project.class, "alpha");

		assertThat(projectsOf("alice")).containsExactly("Project Alpha", "Project Beta");
		Project alpha = this.template.findById(Project.class, "alpha", include(Include.of("members"))).orElseThrow();
		assertThat(alpha.getMembers()).extracting(Employee::getName).containsExactlyInAnyOrder("Alice", "Bob");

		this.template.detach(alice, Project.class, "beta");
		assertThat(projectsOf("alice")).containsExactly("Project Alpha");

		recorder.clear();
		this.template.syncRelation(alice, Project.class, List.of("beta"));
		assertThat(recorder.names()).containsExactly("Query", "BatchWriteItem");
		assertThat(projectsOf("alice")).containsExactly("Project Beta");
		assertThat(projectsOf("bob")).containsExactly("Project Alpha");
	}

	@Test
	void manyToManyReadsThePivotThenTheRelatedItemsByKey() {
		Employee alice = this.template.findById(Employee.class, "alice").orElseThrow();
		this.template.syncRelation(alice, Project.class, List.of("alpha", "beta"));
		recorder.clear();

		Employee loaded = this.template.findById(Employee.class, "alice", include(Include.of("projects"))).orElseThrow();

		assertThat(loaded.getProjects()).extracting(Project::getName).containsExactly("Project Alpha", "Project Beta");
		assertThat(recorder.names()).containsExactly("GetItem", "Query", "BatchGetItem");
	}

	@Test
	void theFullTreeWithManyToManyInsideANestedInclude() {
		this.template.attach(this.template.findById(Employee.class, "alice").orElseThrow(), Project.class, "beta");

		Org org = this.template.findById(Org.class, "acme", include(Include.of("departments",
				Include.of("employees", Include.of("tasks"), Include.of("projects"))))).orElseThrow();

		Employee alice = byName(byName(org.getDepartments()).get("Engineering").getEmployees()).get("Alice");
		assertThat(alice.getTasks()).hasSize(2);
		assertThat(alice.getProjects()).extracting(Project::getName).containsExactly("Project Beta");
		Employee charlie = byName(byName(org.getDepartments()).get("Sales").getEmployees()).get("Charlie");
		assertThat(charlie.getProjects()).isEmpty();
	}

	@Test
	void includesWorkOnPages() {
		Page<EmpTask> page = this.template.findPage(EmpTask.class, Filter.all(), include(Include.of("employee")),
				PageRequest.of(0, 3));

		assertThat(page.getContent()).hasSize(3).allSatisfy((task) -> assertThat(task.getEmployee()).isNotNull());
		assertThat(page.getTotalElements()).isEqualTo(4);
	}

	@Test
	void anUnknownRelationIsRefusedBeforeAnyRequest() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.template.where(Employee.class, Filter.all(),
					include(Include.of("department", Include.of("nope")))))
			.withMessageContaining("Entity Dept has no relation 'nope'")
			.withMessageContaining("[org, employees]");
		assertThat(recorder.names()).isEmpty();
	}

	@Test
	void aParentReadWithAttributesStillReadsTheKeysItsIncludesNeed() {
		Employee alice = this.template.findById(Employee.class, "alice",
				QueryOptions.builder().attributes("name").include(Include.of("department")).build()).orElseThrow();

		assertThat(alice.getDepartment().getName()).isEqualTo("Engineering");
	}

	@Test
	void savingAParentWritesNoChildrenAndDeletingItCascadesNothing() {
		Employee alice = this.template.findById(Employee.class, "alice", include(Include.of("tasks"))).orElseThrow();
		alice.getTasks().clear();
		recorder.clear();

		this.template.save(alice);
		this.template.delete(Org.class, Filter.where("id", "acme"));

		assertThat(recorder.names()).doesNotContain("BatchWriteItem").filteredOn("PutItem"::equals).hasSize(1);
		assertThat(recorder.requests(software.amazon.awssdk.services.dynamodb.model.PutItemRequest.class).get(0).item())
			.doesNotContainKeys("tasks", "department", "projects");
		assertThat(this.template.count(EmpTask.class, Filter.where("employeeId", "alice"))).isEqualTo(2);
		assertThat(this.template.count(Dept.class, Filter.where("orgId", "acme"))).isEqualTo(2);
	}

	@Test
	void derivedQueriesLoadTheRelationsTheyDeclare() {
		EmployeeRepository employees = this.api.repository(dynamite, EmployeeRepository.class);
		this.template.attach(this.template.findById(Employee.class, "bob").orElseThrow(), Project.class, "alpha");

		List<Employee> engineers = employees.findByDeptId("eng");
		assertThat(engineers).hasSize(2).allSatisfy((employee) -> {
			assertThat(employee.getDepartment().getOrg().getName()).isEqualTo("Acme Corp");
			assertThat(employee.getTasks()).isNotEmpty();
			assertThat(employee.getProjects()).isNull();
		});
		assertThat(employees.findOneById("charlie").orElseThrow().getDepartment().getName()).isEqualTo("Sales");
		Page<Employee> page = employees.findByDeptIdOrderByNameAsc("eng", PageRequest.of(0, 1));
		assertThat(page.getContent()).singleElement().satisfies((alice) -> assertThat(alice.getTasks()).hasSize(2));
		org.springframework.data.domain.Window<Employee> window = employees.findFirst2ByDeptIdOrderByNameAsc("eng",
				org.springframework.data.domain.ScrollPosition.keyset());
		assertThat(window.getContent()).extracting((employee) -> employee.getProjects().size()).containsExactly(0, 1);
	}

	private List<String> projectsOf(String employee) {
		return this.template.findById(Employee.class, employee, include(Include.of("projects")))
			.orElseThrow()
			.getProjects()
			.stream()
			.map(Project::getName)
			.toList();
	}

	private static <T> Map<String, T> byName(List<T> items) {
		Map<String, T> byName = new java.util.HashMap<>();
		for (T item : items) {
			String name = (item instanceof Dept dept) ? dept.getName() : ((Employee) item).getName();
			byName.put(name, item);
		}
		return byName;
	}
}
