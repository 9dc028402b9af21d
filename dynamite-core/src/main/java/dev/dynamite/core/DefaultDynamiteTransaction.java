package dev.dynamite.core;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.data.mapping.PersistentPropertyAccessor;
import org.springframework.util.Assert;

import dev.dynamite.core.convert.DynamiteConverter;
import dev.dynamite.mapping.DynamitePersistentEntity;
import dev.dynamite.mapping.DynamitePersistentProperty;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
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

	DefaultDynamiteTransaction(EntityPreparer preparer, WriteSpecs writes, ItemKeys keys, DynamiteConverter converter) {
		this.preparer = preparer;
		this.writes = writes;
		this.keys = keys;
		this.converter = converter;
	}

	@Override
	public <T> DynamiteTransaction create(T entity) {
		Assert.notNull(entity, "Entity must not be null");
		return add(this.writes.put(this.preparer.prepare(entity, true)));
	}

	@Override
	public <T> DynamiteTransaction save(T entity) {
		Assert.notNull(entity, "Entity must not be null");
		return add(this.writes.put(this.preparer.prepare(entity, false)));
	}

	@Override
	public <T> DynamiteTransaction update(T entity, Map<String, ?> changes) {
		Assert.notNull(entity, "Entity must not be null");
		DynamitePersistentEntity<?> metadata = this.preparer.entity(entity.getClass());
		PersistentPropertyAccessor<T> accessor = this.converter.accessor(entity);
		return add(this.writes.update(metadata, this.keys.of(metadata, accessor), this.writes.changes(metadata, changes),
				this.now, version(metadata, accessor)));
	}

	@Override
	public <T> DynamiteTransaction delete(T entity) {
		Assert.notNull(entity, "Entity must not be null");
		DynamitePersistentEntity<?> metadata = this.preparer.entity(entity.getClass());
		PersistentPropertyAccessor<T> accessor = this.converter.accessor(entity);
		return add(this.writes.delete(metadata, this.keys.of(metadata, accessor), version(metadata, accessor)));
	}

	@Override
	public <T> DynamiteTransaction delete(Class<T> type, Object key) {
		DynamitePersistentEntity<?> metadata = this.preparer.entity(type);
		return add(this.writes.delete(metadata, this.keys.of(metadata, key), null));
	}

	private DynamiteTransaction add(WriteSpec spec) {
		this.actions.add(spec.toTransactItem());
		return this;
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
	}
}
