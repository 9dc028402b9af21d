package dev.dynamite.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.util.Assert;

/**
 * Immutable read options: skip, limit, order, an explicit sort, the attributes to read, and consistent reads
 * (the seed's {@code {skip, limit, order, attributes}}).
 *
 * <pre class="code">
 * QueryOptions.builder().skip(10).limit(10).order(Sort.Direction.DESC).attributes("id", "name").build();
 * </pre>
 *
 * Without an explicit {@link #sort()}, results come in the entity's natural order: the sort key on a Query,
 * else the {@code @CreatedAt} attribute, else the primary key; {@link #order()} chooses the direction.
 */
public final class QueryOptions {

	private static final QueryOptions NONE = new Builder().build();

	private final int skip;

	private final @Nullable Integer limit;

	private final Sort.Direction order;

	private final Sort sort;

	private final List<String> attributes;

	private final boolean consistentRead;

	private final boolean includeTrashed;

	private final List<Include> includes;

	private QueryOptions(Builder builder) {
		this.skip = builder.skip;
		this.limit = builder.limit;
		this.order = builder.order;
		this.sort = builder.sort;
		this.attributes = List.copyOf(builder.attributes);
		this.consistentRead = builder.consistentRead;
		this.includeTrashed = builder.includeTrashed;
		this.includes = List.copyOf(builder.includes);
	}

	/**
	 * No skip, no limit, natural ascending order, all attributes.
	 * @return the query options
	 */
	public static QueryOptions none() {
		return NONE;
	}

	/**
	 * A new builder.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * A builder initialised with these options.
	 * @return a builder initialised with these options
	 */
	public Builder toBuilder() {
		Builder builder = new Builder();
		builder.skip = this.skip;
		builder.limit = this.limit;
		builder.order = this.order;
		builder.sort = this.sort;
		builder.attributes.addAll(this.attributes);
		builder.consistentRead = this.consistentRead;
		builder.includeTrashed = this.includeTrashed;
		builder.includes.addAll(this.includes);
		return builder;
	}

	/**
	 * How many matches to skip.
	 * @return how many matches to skip
	 */
	public int skip() {
		return this.skip;
	}

	/**
	 * The maximum number of results, or {@code null} for all.
	 * @return the maximum number of results, or {@code null} for all
	 */
	public @Nullable Integer limit() {
		return this.limit;
	}

	/**
	 * The direction of the natural order.
	 * @return the direction of the natural order
	 */
	public Sort.Direction order() {
		return this.order;
	}

	/**
	 * An explicit sort by fields; unsorted means the natural order.
	 * @return an explicit sort by fields
	 */
	public Sort sort() {
		return this.sort;
	}

	/**
	 * The fields to read (a ProjectionExpression); empty means all.
	 * @return the fields to read (a ProjectionExpression)
	 */
	public List<String> attributes() {
		return this.attributes;
	}

	/**
	 * Whether reads are strongly consistent (not available on global secondary indexes).
	 * @return whether reads are strongly consistent (not available on global secondary indexes)
	 */
	public boolean consistentRead() {
		return this.consistentRead;
	}

	/**
	 * Whether soft-deleted items ({@code @DeleteAt} set) are read too.
	 * @return whether soft-deleted items are read too
	 */
	public boolean includeTrashed() {
		return this.includeTrashed;
	}

	/**
	 * The relations to load on the results ({@link Include}); none by default.
	 * @return the relations to load on the results
	 */
	public List<Include> includes() {
		return this.includes;
	}

	/**
	 * These options without relations to load (the read itself, before its relations are loaded).
	 * @return these options without includes
	 */
	public QueryOptions withoutIncludes() {
		if (this.includes.isEmpty()) {
			return this;
		}
		Builder builder = toBuilder();
		builder.includes.clear();
		return builder.build();
	}

	/**
	 * These options with another limit.
	 * @param limit the most items
	 * @return these options with another limit
	 */
	public QueryOptions withLimit(@Nullable Integer limit) {
		return toBuilder().limit(limit).build();
	}

	/**
	 * These options with the natural order reversed (used by {@code last()}).
	 * @return these options with the natural order reversed (used by {@code last()})
	 */
	public QueryOptions reversed() {
		Builder builder = toBuilder().order(this.order.isAscending() ? Sort.Direction.DESC : Sort.Direction.ASC);
		if (this.sort.isSorted()) {
			builder.sort(Sort.by(this.sort.stream()
				.map(o -> o.with(o.getDirection().isAscending() ? Sort.Direction.DESC : Sort.Direction.ASC))
				.toList()));
		}
		return builder.build();
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof QueryOptions o && this.skip == o.skip && Objects.equals(this.limit, o.limit)
				&& this.order == o.order && this.sort.equals(o.sort) && this.attributes.equals(o.attributes)
				&& this.consistentRead == o.consistentRead && this.includeTrashed == o.includeTrashed
				&& this.includes.equals(o.includes);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.skip, this.limit, this.order, this.sort, this.attributes, this.consistentRead,
				this.includeTrashed, this.includes);
	}

	@Override
	public String toString() {
		return "QueryOptions[skip=" + this.skip + ", limit=" + this.limit + ", order=" + this.order + ", sort="
				+ this.sort + ", attributes=" + this.attributes + ", consistentRead=" + this.consistentRead
				+ ", includeTrashed=" + this.includeTrashed + (this.includes.isEmpty() ? "" : ", includes=" + this.includes)
				+ "]";
	}

	/** Builds {@link QueryOptions}; validates each value as it is set. */
	public static final class Builder {

		private int skip;

		private @Nullable Integer limit;

		private Sort.Direction order = Sort.Direction.ASC;

		private Sort sort = Sort.unsorted();

		private final List<String> attributes = new ArrayList<>();

		private final List<Include> includes = new ArrayList<>();

		private boolean consistentRead;

		private boolean includeTrashed;

		private Builder() {
		}

		/**
		 * Skips the first matches.
		 * @param skip how many items to skip
		 * @return the builder
		 */
		public Builder skip(int skip) {
			if (skip < 0) {
				throw new IllegalArgumentException("QueryOptions skip must not be negative, was " + skip);
			}
			this.skip = skip;
			return this;
		}

		/**
		 * Returns at most this many results; {@code null} means all.
		 * @param limit the most items
		 * @return at most this many results
		 */
		public Builder limit(@Nullable Integer limit) {
			if (limit != null && limit < 0) {
				throw new IllegalArgumentException("QueryOptions limit must not be negative, was " + limit);
			}
			this.limit = limit;
			return this;
		}

		/**
		 * The direction of the natural order (ASC by default).
		 * @param order the order
		 * @return the direction of the natural order (ASC by default)
		 */
		public Builder order(Sort.Direction order) {
			Assert.notNull(order, "Order must not be null");
			this.order = order;
			return this;
		}

		/**
		 * Sorts by one field in the given direction.
		 * @param field the field name
		 * @param direction the direction
		 * @return the builder
		 */
		public Builder orderBy(String field, Sort.Direction direction) {
			return sort(Sort.by(direction, field));
		}

		/**
		 * An explicit sort; when it is the sort key of the chosen Query, DynamoDB sorts, else Dynamite does.
		 * @param sort the order
		 * @return an explicit sort
		 */
		public Builder sort(Sort sort) {
			Assert.notNull(sort, "Sort must not be null");
			this.sort = sort;
			return this;
		}

		/**
		 * Reads only these fields.
		 * @param attributes the fields to read
		 * @return the builder
		 */
		public Builder attributes(String... attributes) {
			return attributes(Arrays.asList(attributes));
		}

		/**
		 * Reads only these fields.
		 * @param attributes the fields to read
		 * @return the builder
		 */
		public Builder attributes(Collection<String> attributes) {
			Assert.noNullElements(attributes, "Attributes must not contain null");
			this.attributes.clear();
			this.attributes.addAll(attributes);
			return this;
		}

		/**
		 * Strongly consistent reads.
		 * @param consistentRead whether to read strongly consistently
		 * @return the builder
		 */
		public Builder consistentRead(boolean consistentRead) {
			this.consistentRead = consistentRead;
			return this;
		}

		/**
		 * Read soft-deleted items ({@code @DeleteAt} set) too, as the seed's {@code _includeTrashed}.
		 * @param includeTrashed whether to read soft-deleted items too
		 * @return the builder
		 */
		public Builder includeTrashed(boolean includeTrashed) {
			this.includeTrashed = includeTrashed;
			return this;
		}

		/**
		 * Relations to load on the results, each with its own options and nested relations (added to any given
		 * before).
		 * @param includes the relations
		 * @return the builder
		 */
		public Builder include(Include... includes) {
			Assert.noNullElements(includes, "Includes must not contain null");
			this.includes.addAll(Arrays.asList(includes));
			return this;
		}

		/**
		 * Relations to load on the results (added to any given before).
		 * @param includes the relations
		 * @return the builder
		 */
		public Builder include(Collection<Include> includes) {
			Assert.notNull(includes, "Includes must not be null");
			Assert.noNullElements(includes, "Includes must not contain null");
			this.includes.addAll(includes);
			return this;
		}

		/**
		 * The immutable options.
		 * @return the immutable options
		 */
		public QueryOptions build() {
			return new QueryOptions(this);
		}
	}
}
