package dev.dynamite.core.convert;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.data.mapping.PersistentPropertyAccessor;

import dev.dynamite.mapping.DynamiteMappingContext;
import dev.dynamite.mapping.DynamitePersistentProperty;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Converts entities to and from DynamoDB attribute-value maps, and single field values to attribute values
 * (for keys, filter operands and update changes).
 */
public class DynamiteConverter {

	/** A converter with the built-in value converters only. */
	public DynamiteConverter(DynamiteMappingContext mappingContext) {
		this(mappingContext, List.of());
	}

	/**
	 * @param mappingContext the mapping metadata
	 * @param customConverters user converters (the SDK's {@link AttributeConverter}), preferred over the built-in ones
	 */
	public DynamiteConverter(DynamiteMappingContext mappingContext, List<AttributeConverter<?>> customConverters) {
		throw new UnsupportedOperationException("not implemented yet");
	}

	/** The mapping context this converter reads metadata from. */
	public DynamiteMappingContext getMappingContext() {
		throw new UnsupportedOperationException("not implemented yet");
	}

	/** The item of an entity: every non-null persistent property under its attribute name. */
	public Map<String, AttributeValue> write(Object entity) {
		throw new UnsupportedOperationException("not implemented yet");
	}

	/** The entity of an item; absent attributes leave fields unset ({@code null}, or the primitive default). */
	public <T> T read(Class<T> type, Map<String, AttributeValue> item) {
		throw new UnsupportedOperationException("not implemented yet");
	}

	/**
	 * The attribute value of a field value (a key, a filter operand, an update change). The value is first
	 * converted to the field's type (an Integer for a Long field, a String for a UUID field); for a collection field
	 * and a non-collection value, the value is converted as one element (for {@code contains}).
	 * @throws IllegalArgumentException naming entity, field and value when the value cannot be converted
	 */
	public AttributeValue toAttributeValue(DynamitePersistentProperty property, @Nullable Object value) {
		throw new UnsupportedOperationException("not implemented yet");
	}

	/** The field value of an attribute value. */
	public @Nullable Object fromAttributeValue(DynamitePersistentProperty property, AttributeValue value) {
		throw new UnsupportedOperationException("not implemented yet");
	}

	/**
	 * A property accessor for the entity that also works for immutable types (records, final fields): after
	 * {@code setProperty}, {@code getBean()} returns the updated instance.
	 */
	public <T> PersistentPropertyAccessor<T> accessor(T entity) {
		throw new UnsupportedOperationException("not implemented yet");
	}
}
