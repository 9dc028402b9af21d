package dev.dynamite.core;

import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/**
 * Immutable write options: a condition the stored item must meet for the write to happen (a
 * {@code ConditionExpression}, built and checked like a {@link Filter}), and whether the entity's lifecycle methods
 * ({@code @BeforeCreate}, ..., {@code @AfterDestroy}) run, as the seed's {@code {hook: true}}.
 *
 * <pre class="code">
 * template.save(order, WriteOptions.condition(Filter.where("status", "open")));
 * template.destroy(order, WriteOptions.builder().hooks(true).condition(Filter.where("status").ne("shipped")).build());
 * </pre>
 *
 * On a write of one item, a condition that fails writes nothing and throws a {@link ConditionFailedException} naming
 * the entity, the key and the condition. On a write by filter ({@code update(type, changes, filter, options)},
 * {@code delete(type, filter, options)}), each matched item is written only if it meets the condition, and the count
 * says how many were.
 */
public final class WriteOptions {

	private static final WriteOptions NONE = new Builder().build();

	private final boolean hooks;

	private final @Nullable Filter condition;

	private WriteOptions(Builder builder) {
		this.hooks = builder.hooks;
		this.condition = builder.condition;
	}

	/**
	 * No condition, no lifecycle methods.
	 * @return the write options
	 */
	public static WriteOptions none() {
		return NONE;
	}

	/**
	 * Run the entity's lifecycle methods around the write (the seed's {@code {hook: true}}).
	 * @return the write options
	 */
	public static WriteOptions hooks() {
		return builder().hooks(true).build();
	}

	/**
	 * Write only when the stored item meets the condition.
	 * @param condition the condition, with the operators of a {@link Filter}
	 * @return the write options
	 */
	public static WriteOptions condition(Filter condition) {
		return builder().condition(condition).build();
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
		builder.hooks = this.hooks;
		builder.condition = this.condition;
		return builder;
	}

	/**
	 * Whether the entity's lifecycle methods run.
	 * @return whether the entity's lifecycle methods run
	 */
	public boolean runsHooks() {
		return this.hooks;
	}

	/**
	 * The condition the stored item must meet, or {@code null}.
	 * @return the condition, or {@code null}
	 */
	public @Nullable Filter condition() {
		return this.condition;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof WriteOptions that && this.hooks == that.hooks
				&& Objects.equals(this.condition, that.condition);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.hooks, this.condition);
	}

	@Override
	public String toString() {
		return "WriteOptions[hooks=" + this.hooks + ", condition=" + this.condition + "]";
	}

	/** Builds {@link WriteOptions}. */
	public static final class Builder {

		private boolean hooks;

		private @Nullable Filter condition;

		private Builder() {
		}

		/**
		 * Whether the entity's lifecycle methods run.
		 * @param hooks whether the entity's lifecycle methods run
		 * @return this builder
		 */
		public Builder hooks(boolean hooks) {
			this.hooks = hooks;
			return this;
		}

		/**
		 * The condition the stored item must meet.
		 * @param condition the condition; {@link Filter#all()} means none
		 * @return this builder
		 */
		public Builder condition(Filter condition) {
			Assert.notNull(condition, "Condition must not be null; use Filter.all() for none");
			this.condition = condition.kind() == Filter.Kind.ALL ? null : condition;
			return this;
		}

		/**
		 * The options.
		 * @return the options
		 */
		public WriteOptions build() {
			return new WriteOptions(this);
		}
	}
}
