package dev.dynamite.core.model;

import dev.dynamite.mapping.CreatedAt;
import dev.dynamite.mapping.Default;
import dev.dynamite.mapping.DynamiteTable;
import dev.dynamite.mapping.PrimaryKey;
import dev.dynamite.mapping.RandomUuid;
import dev.dynamite.mapping.UpdatedAt;

/** The seed guide's User model. */
@DynamiteTable
public class User {

	@PrimaryKey
	@Default(generator = RandomUuid.class)
	private String id;

	private String name;

	private String email;

	@Default("customer")
	private String role;

	@Default("true")
	private Boolean active;

	@CreatedAt
	private String created_at;

	@UpdatedAt
	private String updated_at;

	public User() {
	}

	public User(String name, String email) {
		this.name = name;
		this.email = email;
	}

	public User(String name, String email, String role) {
		this(name, email);
		this.role = role;
	}

	public String getId() { return this.id; }
	public void setId(String id) { this.id = id; }
	public String getName() { return this.name; }
	public void setName(String name) { this.name = name; }
	public String getEmail() { return this.email; }
	public void setEmail(String email) { this.email = email; }
	public String getRole() { return this.role; }
	public void setRole(String role) { this.role = role; }
	public Boolean getActive() { return this.active; }
	public void setActive(Boolean active) { this.active = active; }
	public String getCreated_at() { return this.created_at; }
	public void setCreated_at(String created_at) { this.created_at = created_at; }
	public String getUpdated_at() { return this.updated_at; }
	public void setUpdated_at(String updated_at) { this.updated_at = updated_at; }
}
