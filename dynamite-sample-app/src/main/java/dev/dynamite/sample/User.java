package dev.dynamite.sample;

import org.jspecify.annotations.Nullable;

import dev.dynamite.mapping.CreatedAt;
import dev.dynamite.mapping.Default;
import dev.dynamite.mapping.DynamiteTable;
import dev.dynamite.mapping.PrimaryKey;
import dev.dynamite.mapping.RandomUuid;
import dev.dynamite.mapping.UpdatedAt;

/**
 * The seed guide's User model, stored in the table {@code users}: a random UUID key, role "customer" and active
 * {@code true} by default, and creation/update timestamps written by Dynamite.
 */
@DynamiteTable
public class User {

	@PrimaryKey
	@Default(generator = RandomUuid.class)
	private @Nullable String id;

	private @Nullable String name;

	private @Nullable String email;

	@Default("customer")
	private @Nullable String role;

	@Default("true")
	private @Nullable Boolean active;

	@CreatedAt
	private @Nullable String created_at;

	@UpdatedAt
	private @Nullable String updated_at;

	/** An empty user, for Dynamite and JSON. */
	public User() {
	}

	/** A new user with the default role and status. */
	public User(String name, String email) {
		this.name = name;
		this.email = email;
	}

	/** A new user with a role. */
	public User(String name, String email, String role) {
		this(name, email);
		this.role = role;
	}

	public @Nullable String getId() {
		return this.id;
	}

	public void setId(@Nullable String id) {
		this.id = id;
	}

	public @Nullable String getName() {
		return this.name;
	}

	public void setName(@Nullable String name) {
		this.name = name;
	}

	public @Nullable String getEmail() {
		return this.email;
	}

	public void setEmail(@Nullable String email) {
		this.email = email;
	}

	public @Nullable String getRole() {
		return this.role;
	}

	public void setRole(@Nullable String role) {
		this.role = role;
	}

	public @Nullable Boolean getActive() {
		return this.active;
	}

	public void setActive(@Nullable Boolean active) {
		this.active = active;
	}

	public @Nullable String getCreated_at() {
		return this.created_at;
	}

	public void setCreated_at(@Nullable String created_at) {
		this.created_at = created_at;
	}

	public @Nullable String getUpdated_at() {
		return this.updated_at;
	}

	public void setUpdated_at(@Nullable String updated_at) {
		this.updated_at = updated_at;
	}

	@Override
	public String toString() {
		return "User[id=" + this.id + ", name=" + this.name + ", role=" + this.role + ", active=" + this.active + "]";
	}
}
