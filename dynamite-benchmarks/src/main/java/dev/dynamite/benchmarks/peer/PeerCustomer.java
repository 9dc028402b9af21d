package dev.dynamite.benchmarks.peer;

import org.jspecify.annotations.Nullable;

import dev.dynamite.mapping.DynamiteTable;
import dev.dynamite.mapping.PrimaryKey;

/** The comparison's item on Dynamite's side (the peer maps the same attributes with {@code @DynamoDbBean}). */
@DynamiteTable(PeerWorkload.TABLE)
public class PeerCustomer {

	@PrimaryKey
	private @Nullable String id;

	private @Nullable String name;

	private @Nullable String email;

	private @Nullable String role;

	private @Nullable Integer age;

	public @Nullable String getId() { return this.id; }
	public void setId(@Nullable String id) { this.id = id; }
	public @Nullable String getName() { return this.name; }
	public void setName(@Nullable String name) { this.name = name; }
	public @Nullable String getEmail() { return this.email; }
	public void setEmail(@Nullable String email) { this.email = email; }
	public @Nullable String getRole() { return this.role; }
	public void setRole(@Nullable String role) { this.role = role; }
	public @Nullable Integer getAge() { return this.age; }
	public void setAge(@Nullable Integer age) { this.age = age; }
}
