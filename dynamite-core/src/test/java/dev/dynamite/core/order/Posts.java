package dev.dynamite.core.order;

import dev.dynamite.mapping.CreatedAt;
import dev.dynamite.mapping.Default;
import dev.dynamite.mapping.DynamiteTable;
import dev.dynamite.mapping.PrimaryKey;
import dev.dynamite.mapping.RandomUuid;

/** Three entities with the same fields: without the creation-order index, with it, and with it in 4 shards. */
final class Posts {

	private Posts() {
	}

	/** The fields every post kind has. */
	abstract static class Post {

		@PrimaryKey
		@Default(generator = RandomUuid.class)
		private String id;

		private String role;

		private int n;

		public String getId() { return this.id; }
		public void setId(String id) { this.id = id; }
		public String getRole() { return this.role; }
		public void setRole(String role) { this.role = role; }
		public int getN() { return this.n; }
		public void setN(int n) { this.n = n; }

		abstract String getCreatedAt();

		abstract void setCreatedAt(String createdAt);
	}

	@DynamiteTable("plain_posts")
	static class Plain extends Post {

		@CreatedAt
		private String createdAt;

		@Override
		public String getCreatedAt() { return this.createdAt; }
		@Override
		public void setCreatedAt(String createdAt) { this.createdAt = createdAt; }
	}

	@DynamiteTable("indexed_posts")
	static class Indexed extends Post {

		@CreatedAt(indexed = true)
		private String createdAt;

		@Override
		public String getCreatedAt() { return this.createdAt; }
		@Override
		public void setCreatedAt(String createdAt) { this.createdAt = createdAt; }
	}

	@DynamiteTable("sharded_posts")
	static class Sharded extends Post {

		@CreatedAt(indexed = true, shards = 4)
		private String createdAt;

		@Override
		public String getCreatedAt() { return this.createdAt; }
		@Override
		public void setCreatedAt(String createdAt) { this.createdAt = createdAt; }
	}

	/** The indexed posts' table before @CreatedAt(indexed = true). */
	@DynamiteTable("indexed_posts")
	static class IndexedBefore extends Post {

		@CreatedAt
		private String createdAt;

		@Override
		public String getCreatedAt() { return this.createdAt; }
		@Override
		public void setCreatedAt(String createdAt) { this.createdAt = createdAt; }
	}

	/** The indexed posts' table written by a tool that sets no creation time. */
	@DynamiteTable("indexed_posts")
	static class Undated extends Post {

		private String createdAt;

		@Override
		public String getCreatedAt() { return this.createdAt; }
		@Override
		public void setCreatedAt(String createdAt) { this.createdAt = createdAt; }
	}
}
