package dev.dynamite.core.plan;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import dev.dynamite.core.Filter;
import dev.dynamite.mapping.DynamitePersistentEntity;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What the {@link WritePlanner} decided for one write: the DynamoDB operation, its values and what a failed condition
 * means. Immutable; rendered into SDK requests by {@code dev.dynamite.core.request.RequestFactory} and run by the
 * executors.
 */
public sealed interface WritePlan permits WritePlan.Put, WritePlan.Update, WritePlan.Delete, WritePlan.ConditionCheck,
		WritePlan.BatchWrite, WritePlan.Transaction, WritePlan.Each, WritePlan.ForMatches, WritePlan.Statement {

	/** What a failed {@code ConditionExpression} of a single-item write means to the caller. */
	enum ConditionFailure {
		/** The item exists already: {@code DuplicateKeyException}. */
		DUPLICATE_KEY,
		/** The stored {@code @Version} differs: {@code OptimisticLockingFailureException}. */
		STALE_VERSION,
		/** The item does not exist: {@code EmptyResultDataAccessException}. */
		MISSING_ITEM,
		/** Not an error: the write counts as not done (the item went away since its key was read). */
		SKIP
	}

	/**
	 * What a failed condition is reported as.
	 * @param kind the meaning
	 * @param message the message of the exception (names the entity and key), built only when the condition fails
	 */
	record OnConditionFailure(ConditionFailure kind, Supplier<String> message, @Nullable UserCondition user) {

		/** A failed condition that is not an error. */
		public static final OnConditionFailure SKIPPED = new OnConditionFailure(ConditionFailure.SKIP, () -> "");

		/**
		 * What a failed condition without a user condition is reported as.
		 * @param kind the meaning
		 * @param message the message of the exception
		 */
		public OnConditionFailure(ConditionFailure kind, Supplier<String> message) {
			this(kind, message, null);
		}

		/**
		 * The same, with the user's condition ANDed to the write's own.
		 * @param condition the user's condition
		 * @return the same, with the user's condition
		 */
		public OnConditionFailure with(@Nullable UserCondition condition) {
			return new OnConditionFailure(this.kind, this.message, condition);
		}
	}

	/**
	 * A condition the caller put on a write ({@code WriteOptions.condition}), ANDed to the write's own (existence,
	 * version). When the write fails, DynamoDB returns the stored item, and {@code ownHeld} tells whether the write's own
	 * condition held on it: then it was the user's that failed.
	 * @param filter the condition as the caller gave it
	 * @param resolved the condition, resolved against the entity (rendered as part of the ConditionExpression)
	 * @param ownHeld whether the write's own condition held on the stored item ({@code null}: no item)
	 * @param what the entity and key, for the message
	 * @param reported whether a failure of the user's condition is an error even where a failure of the write's own is
	 * not (a single-item write), rather than a write skipped (a write by filter)
	 */
	record UserCondition(Filter filter, ResolvedFilter resolved,
			Predicate<@Nullable Map<String, AttributeValue>> ownHeld, Supplier<String> what, boolean reported) {
	}

	/**
	 * One PutItem, conditional when the item must not exist or must have a version.
	 * @param entity the entity written
	 * @param item the item
	 * @param mustNotExist the put fails if an item with the key exists
	 * @param versionAttribute the {@code @Version} attribute the condition checks, or {@code null}
	 * @param expectedVersion the version the stored item must have, or {@code null}
	 * @param onFailure what a failed condition means
	 */
	record Put(DynamitePersistentEntity<?> entity, Map<String, AttributeValue> item, boolean mustNotExist,
			@Nullable String versionAttribute, @Nullable Long expectedVersion, OnConditionFailure onFailure)
			implements WritePlan {

		/**
		 * The user's condition, or {@code null}.
		 * @return the user's condition, or {@code null}
		 */
		public @Nullable ResolvedFilter condition() {
			return this.onFailure.user() == null ? null : this.onFailure.user().resolved();
		}
	}

	/**
	 * One UpdateItem: {@code SET} of the changes with a value, {@code REMOVE} of those without, conditional on the item
	 * existing (and on its version).
	 * @param entity the entity updated
	 * @param key the primary key
	 * @param changes attribute name to new value, {@code null} meaning REMOVE, in order
	 * @param versionAttribute the {@code @Version} attribute to advance, or {@code null}
	 * @param expectedVersion the version the stored item must have, or {@code null} (then the version is advanced
	 * from whatever is stored)
	 * @param returnNew whether DynamoDB returns the item as stored after the update
	 * @param onFailure what a failed condition means
	 * @param additions attribute name to a number added to it ({@code ADD}: an atomic counter; a missing attribute
	 * counts as 0)
	 */
	record Update(DynamitePersistentEntity<?> entity, Map<String, AttributeValue> key,
			Map<String, @Nullable AttributeValue> changes, @Nullable String versionAttribute,
			@Nullable Long expectedVersion, boolean returnNew, OnConditionFailure onFailure,
			Map<String, AttributeValue> additions) implements WritePlan {

		/**
		 * An update without additions.
		 * @param entity the entity updated
		 * @param key the primary key
		 * @param changes attribute name to new value, {@code null} meaning REMOVE, in order
		 * @param versionAttribute the {@code @Version} attribute to advance, or {@code null}
		 * @param expectedVersion the version the stored item must have, or {@code null}
		 * @param returnNew whether DynamoDB returns the item as stored after the update
		 * @param onFailure what a failed condition means
		 */
		public Update(DynamitePersistentEntity<?> entity, Map<String, AttributeValue> key,
				Map<String, @Nullable AttributeValue> changes, @Nullable String versionAttribute,
				@Nullable Long expectedVersion, boolean returnNew, OnConditionFailure onFailure) {
			this(entity, key, changes, versionAttribute, expectedVersion, returnNew, onFailure, Map.of());
		}

		/**
		 * The user's condition, or {@code null}.
		 * @return the user's condition, or {@code null}
		 */
		public @Nullable ResolvedFilter condition() {
			return this.onFailure.user() == null ? null : this.onFailure.user().resolved();
		}
	}

	/**
	 * One DeleteItem, conditional on its version when given.
	 * @param entity the entity deleted
	 * @param key the primary key
	 * @param versionAttribute the {@code @Version} attribute the condition checks, or {@code null}
	 * @param expectedVersion the version the stored item must have, or {@code null}
	 * @param returnOld whether DynamoDB returns the deleted item (to count whether one was deleted)
	 * @param onFailure what a failed condition means
	 */
	record Delete(DynamitePersistentEntity<?> entity, Map<String, AttributeValue> key, @Nullable String versionAttribute,
			@Nullable Long expectedVersion, boolean returnOld, OnConditionFailure onFailure) implements WritePlan {

		/**
		 * The user's condition, or {@code null}.
		 * @return the user's condition, or {@code null}
		 */
		public @Nullable ResolvedFilter condition() {
			return this.onFailure.user() == null ? null : this.onFailure.user().resolved();
		}
	}

	/**
	 * A transaction's check that an item it does not write meets a condition ({@code ConditionCheck}).
	 * @param entity the entity checked
	 * @param key the primary key
	 * @param condition the condition the stored item must meet
	 */
	record ConditionCheck(DynamitePersistentEntity<?> entity, Map<String, AttributeValue> key, ResolvedFilter condition)
			implements WritePlan {
	}

	/**
	 * Puts and deletes on one table as BatchWriteItem requests of 25, unprocessed items retried; each key once.
	 * @param table the table
	 * @param writes the writes, in order
	 */
	record BatchWrite(String table, List<BatchEntry> writes) implements WritePlan {
	}

	/**
	 * One write of a batch.
	 * @param delete a delete (of the key in {@code attributes}) rather than a put (of the item)
	 * @param attributes the item to put, or the key to delete
	 */
	record BatchEntry(boolean delete, Map<String, AttributeValue> attributes) {
	}

	/**
	 * One TransactWriteItems of at most 100 single-item writes.
	 * @param actions the puts, updates and deletes, each on a different item
	 */
	record Transaction(List<WritePlan> actions) implements WritePlan {
	}

	/**
	 * Several writes one after another; the count is their sum.
	 * @param writes the writes
	 */
	record Each(List<WritePlan> writes) implements WritePlan {
	}

	/**
	 * Writes to the items a read finds: the keys are read first, then {@code writes} gives the writes for them.
	 * @param targets the read of the keys
	 * @param writes the writes for the keys read
	 */
	record ForMatches(ReadPlan targets, java.util.function.Function<List<Map<String, AttributeValue>>, WritePlan> writes)
			implements WritePlan {
	}

	/**
	 * One PartiQL statement ({@code ExecuteStatement}), {@code NextToken} followed to the end or until
	 * {@code limit} items are read.
	 * @param entity the entity the statement reads or writes
	 * @param statement the statement, table name already in place
	 * @param parameters the positional parameters
	 * @param limit the most items to read, or {@code null}
	 * @param skip items to skip before the first one returned
	 * @param consistentRead a strongly consistent read
	 */
	record Statement(DynamitePersistentEntity<?> entity, String statement, List<AttributeValue> parameters,
			@Nullable Integer limit, int skip, boolean consistentRead) implements WritePlan {
	}
}
