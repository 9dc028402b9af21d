package dev.dynamite.benchmarks.model;

import org.jspecify.annotations.Nullable;

import dev.dynamite.mapping.CreatedAt;
import dev.dynamite.mapping.DynamiteTable;
import dev.dynamite.mapping.PrimaryKey;

/**
 * Visits of about 1.1 KB, in two tables: {@link Plain} without a creation-order index (ordered reads scan) and
 * {@link Indexed} with {@code @CreatedAt(indexed = true)}.
 */
public final class Visit {

	private Visit() {
	}

	/** The fields both kinds have. */
	public abstract static class Base {

		@PrimaryKey
		private @Nullable String id;

		private @Nullable String role;

		private @Nullable String payload;

		public @Nullable String getId() { return this.id; }
		public void setId(@Nullable String id) { this.id = id; }
		public @Nullable String getRole() { return this.role; }
		public void setRole(@Nullable String role) { this.role = role; }
		public @Nullable String getPayload() { return this.payload; }
		public void setPayload(@Nullable String payload) { this.payload = payload; }
	}

	/** Without the index. */
	@DynamiteTable("bench_plain_visits")
	public static class Plain extends Base {

		@CreatedAt
		private @Nullable String createdAt;

		public @Nullable String getCreatedAt() { return this.createdAt; }
		public void setCreatedAt(@Nullable String createdAt) { this.createdAt = createdAt; }
	}

	/** With the creation-order index. */
	@DynamiteTable("bench_indexed_visits")
	public static class Indexed extends Base {

		@CreatedAt(indexed = true)
		private @Nullable String createdAt;

		public @Nullable String getCreatedAt() { return this.createdAt; }
		public void setCreatedAt(@Nullable String createdAt) { this.createdAt = createdAt; }
	}
}
