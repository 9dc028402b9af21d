package dev.dynamite.core;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.mapping.PersistentPropertyAccessor;
import org.springframework.util.Assert;

import dev.dynamite.core.convert.DynamiteConverter;
import dev.dynamite.mapping.DynamitePersistentEntity;
import dev.dynamite.mapping.DynamitePersistentProperty;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

/**
 * Collects the actions of one {@code TransactWriteItems} request; validated as they are added, sent by
 * {@link #commit}. More than 100 actions are rejected before anything is sent.
 */
final class DefaultDynamiteTransaction implements DynamiteTransaction {

	static final int MAX_ACTIONS = 100;

	private final EntityPreparer preparer;

	private final WriteSpecs writes;

	private final ItemKeys keys;

	private final DynamiteConverter converter;

	private final Instant now = Timestamps.next();

	private final List<TransactWriteItem> actions = new ArrayList<>();

	private final List<EntityPreparer.Prepared<?>> puts = new ArrayList<>();

	private final Map<Map.Entry<String, Map<String, AttributeValue>>, Integer> itemActions = new HashMap<>();

	DefaultDynamiteTransaction(EntityPreparer preparer, WriteSpecs writes, ItemKeys keys, DynamiteConverter converter) {
		this.preparer = preparer;
		this.writes = writes;
		this.keys = keys;
		this.converter = converter;
	}

	@Override
	public <T> DynamiteTransaction create(T entity) {
		Assert.notNull(entity, "Entity must not be null");
		return put(this.preparer.prepare(entity, true));
	}

	@Override
	public <T> DynamiteTransaction save(T entity) {
		Assert.notNull(entity, "Entity must not be null");
		return put(this.preparer.prepare(entity, false));
	}

	@Override
	public <T> DynamiteTransaction update(T entity, Map<String, ?> changes) {
		Assert.notNull(entity, "Entity must not be null");
		DynamitePersistentEntity<?> metadata = this.preparer.entity(entity.getClass());
		PersistentPropertyAccessor<T> accessor = this.converter.accessor(entity);
		Map<String, AttributeValue> key = this.keys.of(metadata, accessor);
		return add(metadata, key, this.writes.update(metadata, key, this.writes.changes(metadata, changes), this.now,
				version(metadata, accessor)));
	}

	@Override
	public <T> DynamiteTransaction delete(T entity) {
		Assert.notNull(entity, "Entity must not be null");
		DynamitePersistentEntity<?> metadata = this.preparer.entity(entity.getClass());
		PersistentPropertyAccessor<T> accessor = this.converter.accessor(entity);
		Map<String, AttributeValue> key = this.keys.of(metadata, accessor);
		return add(metadata, key, this.writes.delete(metadata, key, version(metadata, accessor)));
	}

	@Override
	public <T> DynamiteTransaction delete(Class<T> type, Object key) {
		DynamitePersistentEntity<?> metadata = this.preparer.entity(type);
		Map<String, AttributeValue> keyMap = this.keys.of(metadata, key);
		return add(metadata, keyMap, this.writes.delete(metadata, keyMap, null));
	}

	private DynamiteTransaction put(EntityPreparer.Prepared<?> prepared) {
		add(prepared.entity(), prepared.key(), this.writes.put(prepared));
		this.puts.add(prepared);
		return this;
	}

	private DynamiteTransaction add(DynamitePersistentEntity<?> entity, Map<String, AttributeValue> key, WriteSpec spec) {
		// DynamoDB refuses two actions on one item with a message naming neither: say which, before sending
		Integer earlier = this.itemActions.putIfAbsent(Map.entry(entity.getTableName(), key), this.actions.size() + 1);
		if (earlier != null) {
			throw new IllegalArgumentException("Action %d of the transaction touches %s with key %s again (action %d did); DynamoDB allows one action per item; nothing was sent"
				.formatted(this.actions.size() + 1, entity.getType().getSimpleName(), describe(key), earlier));
		}
		this.actions.add(spec.toTransactItem());
		return this;
	}

	private static String describe(Map<String, AttributeValue> key) {
		return key.values().stream().map(v -> v.s() != null ? v.s() : v.n() != null ? v.n() : String.valueOf(v)).toList()
			.toString();
	}

	private static Long version(DynamitePersistentEntity<?> entity, PersistentPropertyAccessor<?> accessor) {
		DynamitePersistentProperty version = entity.getVersionProperty();
		Object value = version == null ? null : accessor.getProperty(version);
		return value == null ? null : ((Number) value).longValue();
	}

	void commit(DynamoDbClient client, DynamiteExceptionTranslator translator) {
		if (this.actions.isEmpty()) {
			return;
		}
		if (this.actions.size() > MAX_ACTIONS) {
			throw new IllegalArgumentException("A transaction holds at most %d actions (DynamoDB's limit), this one has %d; nothing was sent"
				.formatted(MAX_ACTIONS, this.actions.size()));
		}
		try {
			client.transactWriteItems(TransactWriteItemsRequest.builder().transactItems(this.actions).build());
		}
		catch (SdkException ex) {
			throw translator.translate(ex, null);
		}
		this.puts.forEach(EntityPreparer.Prepared::written);
	}
}
