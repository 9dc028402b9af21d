package dev.dynamite.benchmarks.model;

import org.jspecify.annotations.Nullable;

import dev.dynamite.mapping.CreatedAt;
import dev.dynamite.mapping.Default;
import dev.dynamite.mapping.DynamiteTable;
import dev.dynamite.mapping.PrimaryKey;
import dev.dynamite.mapping.UpdatedAt;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;

/** A simple-key entity with defaults and timestamps: the point operations (get, create, save, update, by ids). */
@DynamiteTable("bench_customers")
@DynamoDbBean
public class Customer {

	@PrimaryKey
	private @Nullable String id;

	private @Nullable String name;

	private @Nullable String email;

	@Default("bronze")
	private @Nullable String tier;

	@Default("true")
	private @Nullable Boolean active;

	private @Nullable Integer visits;

	@CreatedAt
	private @Nullable String createdAt;

	@UpdatedAt
	private @Nullable String updatedAt;

	public Customer() {
	}

	public Customer(String id, String name, String email) {
		this.id = id;
		this.name = name;
		this.email = email;
	}

	@DynamoDbPartitionKey
	public @Nullable String getId() { return this.id; }
	public void setId(@Nullable String id) { this.id = id; }
	public @Nullable String getName() { return this.name; }
	public void setName(@Nullable String name) { this.name = name; }
	public @Nullable String getEmail() { return this.email; }
	public void setEmail(@Nullable String email) { this.email = email; }
	public @Nullable String getTier() { return this.tier; }
	public void setTier(@Nullable String tier) { this.tier = tier; }
	public @Nullable Boolean getActive() { return this.active; }
	public void setActive(@Nullable Boolean active) { this.active = active; }
	public @Nullable Integer getVisits() { return this.visits; }
	public void setVisits(@Nullable Integer visits) { this.visits = visits; }
	public @Nullable String getCreatedAt() { return this.createdAt; }
	public void setCreatedAt(@Nullable String createdAt) { this.createdAt = createdAt; }
	public @Nullable String getUpdatedAt() { return this.updatedAt; }
	public void setUpdatedAt(@Nullable String updatedAt) { this.updatedAt = updatedAt; }
}
