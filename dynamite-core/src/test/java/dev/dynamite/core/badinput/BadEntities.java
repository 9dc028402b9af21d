package dev.dynamite.core.badinput;

import dev.dynamite.mapping.DynamiteTable;
import dev.dynamite.mapping.GlobalIndex;
import dev.dynamite.mapping.PrimaryKey;
import dev.dynamite.mapping.SortKey;

/** Entities that must be rejected when they are registered. */
final class BadEntities {

	private BadEntities() {
	}

	@DynamiteTable
	static class NoKey {
		String name;
	}

	@DynamiteTable
	static class TwoKeys {
		@PrimaryKey String first;
		@PrimaryKey String second;
	}

	@DynamiteTable
	static class TwoSortKeys {
		@PrimaryKey String id;
		@SortKey String a;
		@SortKey String b;
	}

	@DynamiteTable
	static class Unsupported {
		@PrimaryKey String id;
		Thread worker;
	}

	@DynamiteTable
	static class RawMap {
		@PrimaryKey String id;
		java.util.Map<String, Object> anything;
	}

	@DynamiteTable
	static class BooleanKey {
		@PrimaryKey Boolean flag;
	}

	@DynamiteTable
	static class BadIndex {
		@PrimaryKey String id;
		@GlobalIndex(name = "by_x", sortKey = "nowhere") String x;
	}

	@DynamiteTable
	static class BadDefault {
		@PrimaryKey String id;
		@dev.dynamite.mapping.Default("yes") Boolean flag;
	}

	static class NotATable {
		@PrimaryKey String id;
	}
}
