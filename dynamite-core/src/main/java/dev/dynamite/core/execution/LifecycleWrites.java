package dev.dynamite.core.execution;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.EmptyResultDataAccessException;

import dev.dynamite.core.ConditionFailedException;
import dev.dynamite.core.Filter;
import dev.dynamite.core.QueryOptions;
import dev.dynamite.core.WriteOptions;
import dev.dynamite.core.convert.DynamiteConverter;
import dev.dynamite.core.plan.EntityPreparer;
import dev.dynamite.core.plan.LifecycleRunner;
import dev.dynamite.core.plan.QueryPlanner;
import dev.dynamite.core.plan.WritePlan;
import dev.dynamite.core.plan.WritePlanner;
import dev.dynamite.mapping.DynamitePersistentEntity;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The writes called with {@code WriteOptions.hooks()}: the entity's Before methods, the write, then its After methods.
 * A write by filter reads the matching entities first and writes each one on its own, with its hooks; an item that went
 * away, changed its version, or fails the options' condition between the read and its write is skipped and not
 * counted.
 */
final class LifecycleWrites {

	private final DynamiteConverter converter;

	private final QueryPlanner reads;

	private final WritePlanner writes;

	private final ReadExecutor readExecutor;

	private final WriteExecutor writeExecutor;

	private final LifecycleRunner lifecycle;

	LifecycleWrites(DynamiteConverter converter, QueryPlanner reads, WritePlanner writes, ReadExecutor readExecutor,
			WriteExecutor writeExecutor) {
		this.converter = converter;
		this.reads = reads;
		this.writes = writes;
		this.readExecutor = readExecutor;
		this.writeExecutor = writeExecutor;
		this.lifecycle = writes.lifecycle();
	}

	<T> CompletableFuture<T> put(T entity, boolean create, WriteOptions options) {
		DynamitePersistentEntity<?> metadata = this.writes.entity(entity.getClass());
		boolean isNew = create || this.lifecycle.isNew(metadata, entity);
		this.lifecycle.beforePut(metadata, entity, isNew);
		EntityPreparer.Prepared<T> prepared = this.writes.prepare(entity, create);
		return this.writeExecutor.execute(this.writes.put(prepared, create, options.condition())).thenApply((outcome) -> {
			T written = this.converter.afterSave(prepared.written(), prepared.item());
			this.lifecycle.afterPut(metadata, written, isNew);
			return this.converter.readTransformed(written);
		});
	}

	@SuppressWarnings("unchecked")
	<T> CompletableFuture<T> update(T entity, Map<String, ?> changes, WriteOptions options) {
		DynamitePersistentEntity<?> metadata = this.writes.entity(entity.getClass());
		Map<String, Object> written = this.lifecycle.beforeUpdate(this.writes, metadata, entity, changes);
		return this.writeExecutor.execute(this.writes.update(entity, written, true, options.condition()))
			.thenApply((outcome) -> {
				this.converter.persisted(entity);
				T stored = (T) this.converter.read(entity.getClass(), outcome.item());
				this.lifecycle.afterUpdate(metadata, stored, changes);
				return stored;
			});
	}

	<T> CompletableFuture<Void> delete(T entity, WriteOptions options) {
		DynamitePersistentEntity<?> metadata = this.writes.entity(entity.getClass());
		this.lifecycle.beforeDestroy(metadata, entity);
		return this.writeExecutor.execute(this.writes.destroy(entity, options.condition())).thenApply((outcome) -> {
			this.converter.removed(entity);
			this.lifecycle.afterDestroy(metadata, entity);
			return null;
		});
	}

	<T> CompletableFuture<Long> updateMatching(Class<T> type, Map<String, ?> changes, Filter filter, WriteOptions options) {
		DynamitePersistentEntity<?> metadata = this.writes.entity(type);
		this.writes.checkChanges(metadata, changes);
		return matches(type, filter).thenCompose((entities) -> {
			CompletableFuture<Long> count = CompletableFuture.completedFuture(0L);
			for (T entity : entities) {
				count = count.thenCompose((sum) -> skipped(update(entity, changes, options)).thenApply((done) -> sum + done));
			}
			return count;
		});
	}

	<T> CompletableFuture<Long> deleteMatching(Class<T> type, Filter filter, WriteOptions options) {
		DynamitePersistentEntity<?> metadata = this.writes.entity(type);
		return matches(type, filter).thenCompose((entities) -> {
			CompletableFuture<Long> count = CompletableFuture.completedFuture(0L);
			for (T entity : entities) {
				count = count.thenCompose((sum) -> {
					this.lifecycle.beforeDestroy(metadata, entity);
					WritePlan.Delete delete = this.writes.deleteCounted(entity, options.condition());
					return skipped(this.writeExecutor.execute(delete)).thenApply((deleted) -> {
						if (deleted > 0) {
							this.converter.removed(entity);
							this.lifecycle.afterDestroy(metadata, entity);
						}
						return sum + deleted;
					});
				});
			}
			return count;
		});
	}

	/** The entities the filter matches, read whole (their hooks see every field). */
	private <T> CompletableFuture<List<T>> matches(Class<T> type, Filter filter) {
		return this.readExecutor.list(this.reads.plan(this.writes.entity(type), filter, QueryOptions.none()))
			.thenApply((items) -> {
				List<T> entities = new java.util.ArrayList<>(items.size());
				for (Map<String, AttributeValue> item : items) {
					entities.add(this.converter.read(type, item));
				}
				return entities;
			});
	}

	/** 1 for a write done, 0 for one skipped: the item went away, changed, or does not meet the condition. */
	private static CompletableFuture<Long> skipped(CompletableFuture<?> write) {
		return write.handle((result, failure) -> {
			if (failure == null) {
				return (result instanceof WriteExecutor.Outcome outcome) ? outcome.written() : 1L;
			}
			Throwable cause = RequestSequence.unwrap(failure);
			if (cause instanceof EmptyResultDataAccessException || cause instanceof ConcurrencyFailureException
					|| cause instanceof ConditionFailedException) {
				return 0L;
			}
			throw (failure instanceof CompletionException completion) ? completion : new CompletionException(cause);
		});
	}
}
