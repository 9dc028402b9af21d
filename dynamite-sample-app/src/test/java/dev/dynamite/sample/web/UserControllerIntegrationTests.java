package dev.dynamite.sample.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import dev.dynamite.sample.User;
import dev.dynamite.sample.UserRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The REST API over HTTP against the embedded DynamoDB Local: listing with filters and options, CRUD, and problem
 * details for bad input.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "sample.demo.enabled=false")
@AutoConfigureRestTestClient
class UserControllerIntegrationTests {

	private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {
	};

	@Autowired
	private RestTestClient client;

	@Autowired
	private UserRepository users;

	private User john;

	private User jane;

	private User bob;

	@BeforeEach
	void createUsers() {
		this.users.deleteAll();
		this.john = this.users.create(new User("John Doe", "john@example.com"));
		this.jane = this.users.create(new User("Jane Smith", "jane@example.com", "admin"));
		User inactive = new User("Bob Johnson", "bob@example.com");
		inactive.setActive(false);
		this.bob = this.users.create(inactive);
	}

	@AfterEach
	void deleteUsers() {
		this.users.deleteAll();
	}

	@Test
	void listsAllUsersOldestFirst() {
		assertThat(list("/users")).extracting(u -> u.get("name")).containsExactly("John Doe", "Jane Smith", "Bob Johnson");
		assertThat(list("/users").get(0)).containsEntry("id", this.john.getId()).containsEntry("email", "john@example.com")
			.containsEntry("role", "customer").containsEntry("active", true).containsKeys("created_at", "updated_at");
	}

	@Test
	void filtersByEqualityOnAnyField() {
		assertThat(names("/users?role=customer")).containsExactly("John Doe", "Bob Johnson");
		assertThat(names("/users?active=false")).containsExactly("Bob Johnson");
		assertThat(names("/users?role=customer&active=true")).containsExactly("John Doe");
		assertThat(names("/users?name=Jane Smith")).containsExactly("Jane Smith");
		assertThat(names("/users?role=nobody")).isEmpty();
	}

	@Test
	void repeatedParameterMeansIn() {
		assertThat(names("/users?name=Bob Johnson&name=John Doe")).containsExactly("John Doe", "Bob Johnson");
		assertThat(names("/users?id=" + this.jane.getId() + "&id=" + this.bob.getId())).containsExactly("Jane Smith", "Bob Johnson");
	}

	@Test
	void skipsLimitsAndOrders() {
		assertThat(names("/users?skip=1")).containsExactly("Jane Smith", "Bob Johnson");
		assertThat(names("/users?limit=2")).containsExactly("John Doe", "Jane Smith");
		assertThat(names("/users?skip=1&limit=1")).containsExactly("Jane Smith");
		assertThat(names("/users?order=desc")).containsExactly("Bob Johnson", "Jane Smith", "John Doe");
		assertThat(names("/users?order=DESC&limit=1&role=customer")).containsExactly("Bob Johnson");
		assertThat(names("/users?limit=0")).isEmpty();
		assertThat(names("/users?skip=5")).isEmpty();
	}

	@Test
	void readsOnlyTheRequestedAttributes() {
		List<Map<String, Object>> summaries = list("/users?attributes=id,name");
		assertThat(summaries).hasSize(3).allSatisfy(u -> assertThat(u).containsOnlyKeys("id", "name"));
		assertThat(summaries).extracting(u -> u.get("name")).containsExactly("John Doe", "Jane Smith", "Bob Johnson");
		// the key is always read, so the result can be updated or deleted
		assertThat(list("/users?attributes=email&attributes=role&role=admin"))
			.containsExactly(Map.of("id", this.jane.getId(), "email", "jane@example.com", "role", "admin"));
	}

	@Test
	void getsOneUserById() {
		Map<String, Object> user = this.client.get().uri("/users/{id}", this.jane.getId()).exchange().expectStatus().isOk()
			.expectBody(OBJECT).returnResult().getResponseBody();
		assertThat(user).containsEntry("id", this.jane.getId()).containsEntry("name", "Jane Smith")
			.containsEntry("role", "admin").containsEntry("created_at", this.jane.getCreated_at());
		String json = this.client.get().uri("/users/{id}", this.jane.getId()).exchange().expectBody(String.class)
			.returnResult().getResponseBody();
		assertThat(json).as("fields in declaration order").startsWith("{\"id\":\"" + this.jane.getId()
				+ "\",\"name\":\"Jane Smith\",\"email\":\"jane@example.com\",\"role\":\"admin\",\"active\":true,\"created_at\":");
	}

	@Test
	void getOfAMissingUserIs404Problem() {
		Map<String, Object> problem = problem(this.client.get().uri("/users/{id}", "no-such-user").exchange()
			.expectStatus().isNotFound().expectBody(OBJECT).returnResult());
		assertThat(problem).containsEntry("status", 404).containsEntry("detail", "No user with id 'no-such-user'");
	}

	@Test
	void createsAUserWithDefaults() {
		EntityExchangeResult<Map<String, Object>> result = this.client.post().uri("/users")
			.contentType(MediaType.APPLICATION_JSON).body(Map.of("name", "Ann Lee", "email", "ann@example.com")).exchange()
			.expectStatus().isCreated().expectBody(OBJECT).returnResult();
		Map<String, Object> created = result.getResponseBody();
		assertThat(created).containsEntry("name", "Ann Lee").containsEntry("role", "customer").containsEntry("active", true);
		String id = (String) created.get("id");
		assertThat(id).matches("[0-9a-f-]{36}");
		assertThat(created.get("created_at")).isEqualTo(created.get("updated_at"));
		assertThat(result.getResponseHeaders().getLocation()).hasPath("/users/" + id);
		this.client.get().uri(result.getResponseHeaders().getLocation()).exchange().expectStatus().isOk();
		assertThat(this.users.findById(id)).map(User::getEmail).contains("ann@example.com");
		assertThat(names("/users")).last().isEqualTo("Ann Lee");
	}

	@Test
	void createsAUserWithTheGivenIdRoleAndStatus() {
		this.client.post().uri("/users").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("id", "ann", "name", "Ann Lee", "email", "ann@example.com", "role", "admin", "active", false))
			.exchange().expectStatus().isCreated().expectHeader().value("Location", l -> assertThat(l).endsWith("/users/ann"));
		User ann = this.users.findById("ann").orElseThrow();
		assertThat(ann.getRole()).isEqualTo("admin");
		assertThat(ann.getActive()).isFalse();
	}

	@Test
	void createWithATakenIdIs409AndOverwritesNothing() {
		Map<String, Object> problem = problem(this.client.post().uri("/users").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("id", this.jane.getId(), "name", "Impostor", "email", "x@example.com")).exchange()
			.expectStatus().isEqualTo(HttpStatus.CONFLICT).expectBody(OBJECT).returnResult());
		assertThat((String) problem.get("detail")).contains(this.jane.getId()).contains("already exists");
		assertThat(this.users.findById(this.jane.getId())).map(User::getName).contains("Jane Smith");
	}

	@Test
	void patchSetsOnlyTheGivenFields() throws InterruptedException {
		Map<String, Object> updated = this.client.patch().uri("/users/{id}", this.john.getId())
			.contentType(MediaType.APPLICATION_JSON).body(Map.of("name", "John A. Doe", "role", "premium")).exchange()
			.expectStatus().isOk().expectBody(OBJECT).returnResult().getResponseBody();
		assertThat(updated).containsEntry("id", this.john.getId()).containsEntry("name", "John A. Doe")
			.containsEntry("role", "premium").containsEntry("email", "john@example.com")
			.containsEntry("created_at", this.john.getCreated_at());
		assertThat((String) updated.get("updated_at")).isGreaterThan(this.john.getUpdated_at());
		User stored = this.users.findById(this.john.getId()).orElseThrow();
		assertThat(stored.getName()).isEqualTo("John A. Doe");
		assertThat(stored.getActive()).isTrue();
	}

	@Test
	void patchCoercesValuesToTheFieldType() {
		this.client.patch().uri("/users/{id}", this.bob.getId()).contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("active", "true")).exchange().expectStatus().isOk();
		assertThat(this.users.findById(this.bob.getId())).map(User::getActive).contains(true);
	}

	@Test
	void patchOfAMissingUserIs404AndCreatesNothing() {
		Map<String, Object> problem = problem(this.client.patch().uri("/users/{id}", "ghost")
			.contentType(MediaType.APPLICATION_JSON).body(Map.of("name", "Ghost")).exchange().expectStatus().isNotFound()
			.expectBody(OBJECT).returnResult());
		assertThat((String) problem.get("detail")).contains("ghost").contains("does not exist");
		assertThat(this.users.findById("ghost")).isEmpty();
	}

	@Test
	void deletesAUser() {
		this.client.delete().uri("/users/{id}", this.bob.getId()).exchange().expectStatus().isNoContent();
		this.client.get().uri("/users/{id}", this.bob.getId()).exchange().expectStatus().isNotFound();
		assertThat(names("/users")).containsExactly("John Doe", "Jane Smith");
		this.client.delete().uri("/users/{id}", this.bob.getId()).exchange().expectStatus().isNotFound()
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@ParameterizedTest(name = "GET {0}")
	@CsvSource(delimiter = '|', textBlock = """
			/users?nickname=jd                 | Unknown field 'nickname' on entity User
			/users?attributes=id,password      | Unknown field 'password' on entity User
			/users?skip=-1                     | skip must not be negative, was -1
			/users?limit=-5                    | limit must not be negative, was -5
			/users?limit=ten                   | Invalid value 'ten' for parameter 'limit': expected a whole number
			/users?order=sideways              | Invalid value 'sideways' for parameter 'order': use asc or desc
			/users?active=maybe                | Cannot convert value 'maybe' for field 'active' of entity User
			""")
	void badListQueryIs400Problem(String uri, String detail) {
		Map<String, Object> problem = problem(this.client.get().uri(uri).exchange().expectStatus().isBadRequest()
			.expectBody(OBJECT).returnResult());
		assertThat(problem).containsEntry("status", 400);
		assertThat((String) problem.get("detail")).contains(detail);
	}

	@ParameterizedTest(name = "POST {0}")
	@CsvSource(delimiter = '|', textBlock = """
			{"name": "Ann", "email": "ann@example.com"                 | Request body is not valid JSON
			[1, 2]                                                     | Request body must be a JSON object
			{"name": "Ann", "email": "ann@example.com", "active": "maybe"} | Invalid value 'maybe' for field 'active': expected true or false
			{"name": "Ann", "email": "ann@example.com", "age": 30}     | Unknown field 'age' in request body
			{"name": "Ann", "email": "ann@example.com", "created_at": "2020-01-01T00:00:00Z"} | Unknown field 'created_at' in request body
			{"name": "Ann", "email": "not-an-email"}                   | field 'email' (value 'not-an-email') must be a well-formed email address
			{"email": "ann@example.com"}                               | field 'name' (value 'null') must not be blank
			{"id": "a b", "name": "Ann", "email": "ann@example.com"}   | field 'id' (value 'a b') must not be blank or contain whitespace
			""")
	void badCreateIs400Problem(String json, String detail) {
		Map<String, Object> problem = problem(this.client.post().uri("/users").contentType(MediaType.APPLICATION_JSON)
			.body(json).exchange().expectStatus().isBadRequest().expectBody(OBJECT).returnResult());
		assertThat((String) problem.get("detail")).contains(detail);
		assertThat(names("/users")).containsExactly("John Doe", "Jane Smith", "Bob Johnson");
	}

	@ParameterizedTest(name = "PATCH {0}")
	@CsvSource(delimiter = '|', textBlock = """
			{"id": "other"}                    | Cannot change key field 'id' of entity User (to 'other')
			{"nickname": "JD"}                 | Unknown field 'nickname' on entity User
			{"active": "maybe"}                | Cannot convert value 'maybe' for field 'active' of entity User
			{"created_at": "2020-01-01"}       | Cannot change field 'created_at' of entity User (to '2020-01-01')
			{}                                 | No changes given for entity User
			{"name": "John"                    | Request body is not valid JSON
			""")
	void badPatchIs400ProblemAndChangesNothing(String json, String detail) {
		Map<String, Object> problem = problem(this.client.patch().uri("/users/{id}", this.john.getId())
			.contentType(MediaType.APPLICATION_JSON).body(json).exchange().expectStatus().isBadRequest()
			.expectBody(OBJECT).returnResult());
		assertThat((String) problem.get("detail")).contains(detail);
		User stored = this.users.findById(this.john.getId()).orElseThrow();
		assertThat(stored.getName()).isEqualTo("John Doe");
		assertThat(stored.getUpdated_at()).isEqualTo(this.john.getUpdated_at());
	}

	@Test
	void problemBodiesNameTheFieldAndValue() {
		Map<String, Object> problem = problem(this.client.post().uri("/users").contentType(MediaType.APPLICATION_JSON)
			.body("{\"name\": \"Ann\", \"email\": \"ann@example.com\", \"active\": \"maybe\"}").exchange()
			.expectStatus().isBadRequest().expectBody(OBJECT).returnResult());
		assertThat(problem).containsEntry("field", "active").containsEntry("value", "maybe")
			.containsEntry("title", "Unreadable request body");
		Map<String, Object> invalid = problem(this.client.post().uri("/users").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("name", " ", "email", "ann@example.com")).exchange().expectStatus().isBadRequest()
			.expectBody(OBJECT).returnResult());
		assertThat(invalid.get("errors")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
			.containsExactly(Map.of("field", "name", "value", " ", "message", "must not be blank"));
	}

	private List<Map<String, Object>> list(String uri) {
		return this.client.get().uri(uri).exchange().expectStatus().isOk().expectBody(LIST).returnResult().getResponseBody();
	}

	private List<Object> names(String uri) {
		return list(uri).stream().map(u -> u.get("name")).toList();
	}

	private static Map<String, Object> problem(EntityExchangeResult<Map<String, Object>> result) {
		assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		return result.getResponseBody();
	}
}
