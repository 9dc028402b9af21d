package dev.dynamite.core;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.dynamite.core.convert.DynamiteConverter;
import dev.dynamite.core.query.Expressions;
import dev.dynamite.mapping.DynamitePersistentEntity;
import dev.dynamite.mapping.DynamitePersistentProperty;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Builds the single-item writes: conditional puts (new item, {@code @Version}), {@code UpdateItem SET}/{@code REMOVE}
 * of the changed attributes only (plus {@code @UpdatedAt} and {@code @Version}), conditional deletes.
 */
final class WriteSpecs {

	private final DynamiteConverter converter;

	WriteSpecs(DynamiteConverter converter) {
		this.converter = converter;
	}

	/** A put of a prepared entity: new items must not exist, versioned items must have the expected version. */
	WriteSpec put(EntityPreparer.Prepared<?> prepared) {
		DynamitePersistentEntity<?> entity = prepared.entity();
		Expressions expressions = new Expressions();
		String condition = null;
		if (prepared.mustNotExist()) {
			condition = "attribute_not_exists(" + expressions.name(entity.getPartitionKey().getAttributeName()) + ")";
		}
		else if (prepared.expectedVersion() != null) {
			condition = expressions.name(entity.getRequiredVersionProperty().getAttributeName()) + " = "
					+ expressions.value(AttributeValue.fromN(prepared.expectedVersion().toString()));
		}
		return new WriteSpec(WriteSpec.Kind.PUT, entity.getTableName(), prepared.item(), null, condition,
				expressions.names(), expressions.values());
	}

	/**
	 * Checks the changes of an update before any request: known fields, no key, no version.
	 * @return the changed properties with their new values ({@code null} means REMOVE)
	 */
	Map<DynamitePersistentProperty, @Nullable AttributeValue> changes(DynamitePersistentEntity<?> entity,
			Map<String, ?> changes) {
		if (changes.isEmpty()) {
			throw new IllegalArgumentException("No changes given for entity %s".formatted(entity.getType().getSimpleName()));
		}
		Map<DynamitePersistentProperty, @Nullable AttributeValue> resolved = new LinkedHashMap<>();
		for (Map.Entry<String, ?> change : changes.entrySet()) {
			DynamitePersistentProperty property = entity.getRequiredField(change.getKey());
			if (property.isKey()) {
				throw new IllegalArgumentException(("Cannot change key field '%s' of entity %s (to '%s'): keys are immutable; "
						+ "delete the item and create a new one").formatted(property.getName(), entity.getType().getSimpleName(),
								change.getValue()));
			}
			if (property.isVersionProperty()) {
				throw new IllegalArgumentException("Cannot set @Version field '%s' of entity %s (to '%s'): Dynamite advances it"
					.formatted(property.getName(), entity.getType().getSimpleName(), change.getValue()));
			}
			Object value = change.getValue();
			if (value == null && property.isAlwaysPresent()) {
				throw new IllegalArgumentException(("Cannot set field '%s' of entity %s to null: every item has it (a "
						+ "primitive, @CreatedAt, @UpdatedAt or @Default field); set a value instead")
					.formatted(property.getName(), entity.getType().getSimpleName()));
			}
			resolved.put(property, value == null ? null : this.converter.toAttributeValue(property, value));
		}
		return resolved;
	}

	/**
	 * An update of one item: SET / REMOVE of the changes, {@code @UpdatedAt} refreshed, {@code @Version} advanced;
	 * conditional on the item existing (and on {@code expectedVersion} when given).
	 */
	WriteSpec update(DynamitePersistentEntity<?> entity, Map<String, AttributeValue> key,
			Map<DynamitePersistentProperty, @Nullable AttributeValue> changes, Instant now, @Nullable Long expectedVersion) {
		Expressions expressions = new Expressions();
		List<String> set = new ArrayList<>();
		List<String> remove = new ArrayList<>();
		changes.forEach((property, value) -> {
			if (value == null || Boolean.TRUE.equals(value.nul())) {
				remove.add(expressions.name(property.getAttributeName()));
			}
			else {
				set.add(expressions.name(property.getAttributeName()) + " = " + expressions.value(value));
			}
		});
		DynamitePersistentProperty updatedAt = entity.getUpdatedAt();
		if (updatedAt != null && !changes.containsKey(updatedAt)) {
			set.add(expressions.name(updatedAt.getAttributeName()) + " = "
					+ expressions.value(this.converter.toAttributeValue(updatedAt, Timestamps.as(updatedAt.getType(), now))));
		}
		String condition = "attribute_exists(" + expressions.name(entity.getPartitionKey().getAttributeName()) + ")";
		DynamitePersistentProperty version = entity.getVersionProperty();
		if (version != null) {
			String v = expressions.name(version.getAttributeName());
			if (expectedVersion != null) {
				set.add(v + " = " + expressions.value(AttributeValue.fromN(Long.toString(expectedVersion + 1))));
				condition += " AND " + v + " = " + expressions.value(AttributeValue.fromN(expectedVersion.toString()));
			}
			else {
				set.add(v + " = if_not_exists(" + v + ", " + expressions.value(AttributeValue.fromN("0")) + ") + "
						+ expressions.value(AttributeValue.fromN("1")));
			}
		}
		StringBuilder expression = new StringBuilder();
		if (!set.isEmpty()) {
			expression.append("SET ").append(String.join(", ", set));
		}
		if (!remove.isEmpty()) {
			expression.append(expression.length() > 0 ? " " : "").append("REMOVE ").append(String.join(", ", remove));
		}
		return new WriteSpec(WriteSpec.Kind.UPDATE, entity.getTableName(), key, expression.toString(), condition,
				expressions.names(), expressions.values());
	}

	/** A delete of one item, conditional on {@code expectedVersion} when given. */
	WriteSpec delete(DynamitePersistentEntity<?> entity, Map<String, AttributeValue> key, @Nullable Long expectedVersion) {
		Expressions expressions = new Expressions();
		String condition = null;
		if (expectedVersion != null && entity.getVersionProperty() != null) {
			condition = expressions.name(entity.getVersionProperty().getAttributeName()) + " = "
					+ expressions.value(AttributeValue.fromN(expectedVersion.toString()));
		}
		return new WriteSpec(WriteSpec.Kind.DELETE, entity.getTableName(), key, null, condition, expressions.names(),
				expressions.values());
	}
}
