package dev.dynamite.core.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.Assert;

import dev.dynamite.core.DynamiteTransaction;
import dev.dynamite.core.Filter;
import dev.dynamite.core.WriteOptions;
import dev.dynamite.mapping.DynamitePersistentEntity;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Collects the actions of one {@code TransactWriteItems}: each is planned (and so checked) as it is added; two actions
 * on one item are refused at once, naming both.
 */
public final class TransactionBuilder implements DynamiteTransaction {

	private final WritePlanner planner;

	private final List<WritePlan> actions = new ArrayList<>();

	private final List<EntityPreparer.Prepared<?>> puts = new ArrayList<>();

	private final Map<Map.Entry<String, Map<String, AttributeValue>>, Integer> itemActions = new HashMap<>();

	/** The After lifecycle methods of the actions with hooks, run once the transaction committed. */
	private final List<Runnable> afterCommit = new ArrayList<>();

	/**
	 * @param planner plans each action
	 */
	public TransactionBuilder(WritePlanner planner) {
		this.planner = planner;
	}

	@Override
	public <T> DynamiteTransaction create(T entity) {
		return create(entity, WriteOptions.none());
	}

	@Override
	public <T> DynamiteTransaction create(T entity, WriteOptions options) {
		Assert.notNull(entity, "Entity must not be null");
		Assert.notNull(options, "WriteOptions must not be null");
		return hookedPut(entity, true, options);
	}

	@Override
	public <T> DynamiteTransaction save(T entity) {
		return save(entity, WriteOptions.none());
	}

	@Override
	public <T> DynamiteTransaction save(T entity, WriteOptions options) {
		Assert.notNull(entity, "Entity must not be null");
		Assert.notNull(options, "WriteOptions must not be null");
		return hookedPut(entity, false, options);
	}

	private <T> DynamiteTransaction hookedPut(T entity, boolean create, WriteOptions options) {
		if (!options.runsHooks()) {
			return put(this.planner.prepare(entity, create), create, options);
		}
		DynamitePersistentEntity<?> metadata = this.planner.entity(entity.getClass());
		boolean isNew = create || this.planner.lifecycle().isNew(metadata, entity);
		this.planner.lifecycle().beforePut(metadata, entity, isNew);
		EntityPreparer.Prepared<T> prepared = this.planner.prepare(entity, create);
		put(prepared, create, options);
		this.afterCommit.add(() -> this.planner.lifecycle().afterPut(metadata, prepared.bean(), isNew));
		return this;
	}

	@Override
	public <T> DynamiteTransaction update(T entity, Map<String, ?> changes) {
		return update(entity, changes, WriteOptions.none());
	}

	@Override
	public <T> DynamiteTransaction update(T entity, Map<String, ?> changes, WriteOptions options) {
		Assert.notNull(entity, "Entity must not be null");
		Assert.notNull(changes, "Changes must not be null");
		Assert.notNull(options, "WriteOptions must not be null");
		if (!options.runsHooks()) {
			add(this.planner.update(entity, changes, false, options.condition()));
			this.afterCommit.add(() -> this.planner.converter().persisted(entity));
			return this;
		}
		DynamitePersistentEntity<?> metadata = this.planner.entity(entity.getClass());
		Map<String, Object> written = this.planner.lifecycle().beforeUpdate(this.planner, metadata, entity, changes);
		add(this.planner.update(entity, written, false, options.condition()));
		this.afterCommit.add(() -> {
			this.planner.converter().persisted(entity);
			this.planner.lifecycle().afterUpdate(metadata, entity, changes);
		});
		return this;
	}

	@Override
	public <T> DynamiteTransaction delete(T entity) {
		return delete(entity, WriteOptions.none());
	}

	@Override
	public <T> DynamiteTransaction delete(T entity, WriteOptions options) {
		Assert.notNull(entity, "Entity must not be null");
		Assert.notNull(options, "WriteOptions must not be null");
		if (!options.runsHooks()) {
			add(this.planner.destroy(entity, options.condition()));
			this.afterCommit.add(() -> this.planner.converter().removed(entity));
			return this;
		}
		DynamitePersistentEntity<?> metadata = this.planner.entity(entity.getClass());
		this.planner.lifecycle().beforeDestroy(metadata, entity);
		add(this.planner.destroy(entity, options.condition()));
		this.afterCommit.add(() -> {
			this.planner.converter().removed(entity);
			this.planner.lifecycle().afterDestroy(metadata, entity);
		});
		return this;
	}

	@Override
	public <T> DynamiteTransaction increment(Class<T> type, String field, Number by, Object key) {
		Assert.notNull(type, "Entity type must not be null");
		Assert.notNull(key, "Key must not be null");
		return add(this.planner.increment(type, key, field, by, false));
	}

	@Override
	public <T> DynamiteTransaction decrement(Class<T> type, String field, Number by, Object key) {
		Assert.notNull(type, "Entity type must not be null");
		Assert.notNull(key, "Key must not be null");
		return add(this.planner.increment(type, key, field, by, true));
	}

	@Override
	public <T> DynamiteTransaction conditionCheck(Class<T> type, Object key, Filter condition) {
		Assert.notNull(type, "Entity type must not be null");
		Assert.notNull(key, "Key must not be null");
		Assert.notNull(condition, "Condition must not be null");
		return add(this.planner.conditionCheck(type, key, condition));
	}

	@Override
	public <T> DynamiteTransaction delete(Class<T> type, Object key) {
		return add(this.planner.deleteById(type, key));
	}

	/**
	 * The transaction planned: at most 100 actions.
	 * @return the transaction planned
	 */
	public WritePlan.Transaction plan() {
		return this.planner.transaction(this.actions);
	}

	/**
	 * Gives the entities put their new versions, then runs the After lifecycle methods of the actions with hooks: call
	 * once the transaction committed.
	 */
	public void committed() {
		this.puts.forEach((put) -> this.planner.converter().afterSave(put.written(), put.item()));
		this.afterCommit.forEach(Runnable::run);
	}

	private DynamiteTransaction put(EntityPreparer.Prepared<?> prepared, boolean create, WriteOptions options) {
		add(this.planner.put(prepared, create, options.condition()));
		this.puts.add(prepared);
		return this;
	}

	private DynamiteTransaction add(WritePlan action) {
		// DynamoDB refuses two actions on one item with a message naming neither: say which, before sending
		Map.Entry<String, Map<String, AttributeValue>> target = WritePlanner.target(action);
		Integer earlier = this.itemActions.putIfAbsent(target, this.actions.size() + 1);
		if (earlier != null) {
			DynamitePersistentEntity<?> entity = entityOf(action);
			throw new IllegalArgumentException("Action %d of the transaction touches %s with key %s again (action %d did); DynamoDB allows one action per item; nothing was sent"
				.formatted(this.actions.size() + 1, entity.getType().getSimpleName(), WritePlanner.describe(target.getValue()),
						earlier));
		}
		this.actions.add(action);
		return this;
	}

	private static DynamitePersistentEntity<?> entityOf(WritePlan action) {
		if (action instanceof WritePlan.Put put) {
			return put.entity();
		}
		if (action instanceof WritePlan.Update update) {
			return update.entity();
		}
		if (action instanceof WritePlan.ConditionCheck check) {
			return check.entity();
		}
		return ((WritePlan.Delete) action).entity();
	}
}
