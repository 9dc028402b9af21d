package dev.dynamite.sample.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

import dev.dynamite.core.Filter;
import dev.dynamite.sample.User;
import dev.dynamite.sample.UserRepository;

/**
 * CRUD for users over {@link UserRepository}. Errors become RFC 9457 problem details (see {@link ApiExceptionHandler}).
 */
@RestController
@RequestMapping("/users")
public class UserController {

	private static final Set<String> MANAGED_FIELDS = Set.of("created_at", "updated_at");

	private final UserRepository users;

	/**
	 * @param users the repository
	 */
	public UserController(UserRepository users) {
		this.users = users;
	}

	/**
	 * The users matching the query string: equality filters on any field ({@code role}, {@code active},
	 * {@code name}, ...; repeated means IN) and the options {@code skip}, {@code limit}, {@code order},
	 * {@code attributes}. Oldest first unless {@code order=desc}.
	 */
	@GetMapping
	public List<User> list(@RequestParam MultiValueMap<String, String> parameters,
			@RequestParam(required = false) @Nullable Integer skip, @RequestParam(required = false) @Nullable Integer limit,
			@RequestParam(required = false) @Nullable String order,
			@RequestParam(required = false) @Nullable List<String> attributes) {
		return this.users.where(UserListQuery.filter(parameters), UserListQuery.options(skip, limit, order, attributes));
	}

	/** One user; 404 when there is none with the id. */
	@GetMapping("/{id}")
	public User get(@PathVariable String id) {
		return this.users.findById(id).orElseThrow(() -> notFound(id));
	}

	/** Creates a user; 201 with its location, 409 when the id is taken. */
	@PostMapping
	public ResponseEntity<User> create(@Valid @RequestBody NewUser body, UriComponentsBuilder uri) {
		User created = this.users.create(body.toUser());
		URI location = uri.path("/users/{id}").buildAndExpand(created.getId()).toUri();
		return ResponseEntity.created(location).body(created);
	}

	/**
	 * Sets the given fields ({@code UpdateItem}, no read first) and returns the user as stored; {@code null} removes a
	 * field. 404 when there is no such user; 400 for the id, the timestamps, unknown fields or unconvertible values.
	 */
	@PatchMapping("/{id}")
	public User update(@PathVariable String id, @RequestBody Map<String, @Nullable Object> changes) {
		for (String field : changes.keySet()) {
			if (MANAGED_FIELDS.contains(field)) {
				throw new IllegalArgumentException("Cannot change field '" + field + "' of entity User (to '"
						+ changes.get(field) + "'): Dynamite writes the timestamps");
			}
		}
		User user = new User();
		user.setId(id);
		return this.users.update(user, changes);
	}

	/** Deletes a user; 204, or 404 when there is none with the id. */
	@DeleteMapping("/{id}")
	public ResponseEntity<Void> delete(@PathVariable String id) {
		if (this.users.delete(Filter.where("id", id)) == 0) {
			throw notFound(id);
		}
		return ResponseEntity.noContent().build();
	}

	private static ResponseStatusException notFound(String id) {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "No user with id '" + id + "'");
	}
}
