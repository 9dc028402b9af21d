package dev.dynamite.core.convert;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.data.mapping.PersistentPropertyAccessor;
import org.springframework.data.mapping.callback.EntityCallbacks;
import org.springframework.data.mapping.model.EntityInstantiators;
import org.springframework.data.mapping.model.InstantiationAwarePropertyAccessor;
import org.springframework.util.Assert;

import dev.dynamite.core.mapping.event.AfterConvertCallback;
import dev.dynamite.core.mapping.event.AfterSaveCallback;
import dev.dynamite.core.mapping.event.BeforeConvertCallback;
import dev.dynamite.core.mapping.event.BeforeSaveCallback;
import dev.dynamite.mapping.DynamiteMappingContext;
import dev.dynamite.mapping.DynamitePersistentProperty;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Converts entities to and from DynamoDB attribute-value maps, and single field values to attribute values
 * (for keys, filter operands and update changes).
 * <p>
 * Storage of each Java type:
 * <ul>
 * <li>user {@link AttributeConverter}s first, for their type and its subtypes;</li>
 * <li>the AWS SDK's default converters ({@code AttributeConverterProvider.defaultProvider()}) for scalars:
 * String, Character, Boolean (BOOL), every number type and BigDecimal/BigInteger (N), UUID, URI, URL, Locale,
 * ZoneId, Period (S), {@code Instant}, {@code LocalDate}, {@code LocalDateTime}, {@code LocalTime},
 * {@code OffsetDateTime}, {@code ZonedDateTime} as ISO-8601 strings (S, e.g. {@code 2024-01-02T03:04:05Z},
 * {@code 2024-01-02T03:04:05+02:00}, {@code 2024-01-02T03:04:05+01:00[Europe/Paris]}), {@code Duration} as
 * seconds with nanoseconds (N, {@code 3600.123000000}), {@code byte[]}/{@code SdkBytes} as binary (B);</li>
 * <li>enums by constant name (S);</li>
 * <li>{@code Set<String>} as SS, sets of numbers as NS, sets of {@code byte[]}/{@code SdkBytes} as BS (an empty
 * set is omitted: DynamoDB cannot store one); other sets, lists and arrays as L;</li>
 * <li>{@code Map<String, V>} (or enum/UUID/number keys) as M;</li>
 * <li>other application classes and records as nested entities (M), recursively.</li>
 * </ul>
 * NaN and infinite numbers are rejected. A field of a type none of these cover fails when its entity is first
 * converted. Codecs are resolved once per class and property and cached; the converter is thread-safe.
 */
public class DynamiteConverter {

	private final DynamiteMappingContext mappingContext;

	private final EntityInstantiators instantiators = new EntityInstantiators();

	private final CodecFactory codecs;

	private volatile @Nullable EntityValidator validator;

	private volatile @Nullable EntityCallbacks callbacks;

	private final PersistedEntities persisted = new PersistedEntities();

	/** Per entity class, the properties with {@code @ReadTransform}s (most classes have none). */
	private final Map<Class<?>, List<DynamitePersistentProperty>> readTransformed = new ConcurrentHashMap<>();

	/**
	 * A converter with the built-in value converters only.
	 * @param mappingContext the mapping context
	 */
	public DynamiteConverter(DynamiteMappingContext mappingContext) {
		this(mappingContext, List.of());
	}

	/**
	 * @param mappingContext the mapping metadata; create it with {@link #customValueTypes(List)} of the same
	 * converters so that their types are simple values
	 * @param customConverters user converters (the SDK's {@link AttributeConverter}), preferred over the built-in ones
	 */
	public DynamiteConverter(DynamiteMappingContext mappingContext, List<AttributeConverter<?>> customConverters) {
		Assert.notNull(mappingContext, "DynamiteMappingContext must not be null");
		Assert.notNull(customConverters, "Custom converters must not be null");
		Assert.noNullElements(customConverters, "Custom converters must not contain null");
		this.mappingContext = mappingContext;
		this.codecs = new CodecFactory(mappingContext, customConverters, this.instantiators,
				DefaultConversionService.getSharedInstance());
	}

	/**
	 * The Java types the given converters store, for
	 * {@link DynamiteMappingContext#DynamiteMappingContext(dev.dynamite.mapping.TableNaming, Set)}.
	 * @param converters the converters
	 * @return the Java types the given converters store, for {@link
	 * DynamiteMappingContext#DynamiteMappingContext(dev.dynamite.mapping.TableNaming, Set)}
	 */
	public static Set<Class<?>> customValueTypes(List<? extends AttributeConverter<?>> converters) {
		Assert.notNull(converters, "Converters must not be null");
		Set<Class<?>> types = new LinkedHashSet<>();
		for (AttributeConverter<?> converter : converters) {
			types.add(converter.type().rawClass());
		}
		return types;
	}

	/**
	 * Resolves the codecs of an entity class now, so that a field of a type Dynamite cannot store is reported when the
	 * entity is registered, not at its first write.
	 * @param entityType the entity class
	 * @throws dev.dynamite.mapping.InvalidEntityException naming the class, the field and what to do
	 */
	public void verify(Class<?> entityType) {
		Assert.notNull(entityType, "Entity type must not be null");
		try {
			this.codecs.entity(entityType);
		}
		catch (dev.dynamite.mapping.InvalidEntityException ex) {
			throw ex;
		}
		catch (IllegalArgumentException ex) {
			throw new dev.dynamite.mapping.InvalidEntityException(entityType, ex.getMessage(), ex);
		}
	}

	/**
	 * The mapping context in use.
	 * @return the mapping context in use
	 */
	public DynamiteMappingContext getMappingContext() {
		return this.mappingContext;
	}

	/**
	 * The item of an entity: every non-null persistent property under its attribute name.
	 * @param entity the entity
	 * @return the item of an entity
	 */
	public Map<String, AttributeValue> write(Object entity) {
		Assert.notNull(entity, "Entity must not be null");
		return this.codecs.entity(entity.getClass()).writeItem(entity);
	}

	/**
	 * The entity of an item; absent attributes leave fields unset ({@code null}, or the primitive default).
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param item the item
	 * @return the entity of an item
	 */
	public <T> T read(Class<T> type, Map<String, AttributeValue> item) {
		Assert.notNull(type, "Type must not be null");
		Assert.notNull(item, "Item must not be null");
		T entity = readTransformed(this.codecs.entity(type).readItem(item));
		EntityCallbacks callbacks = this.callbacks;
		T read = (callbacks != null) ? callbacks.callback(AfterConvertCallback.class, entity, item, tableName(type)) : entity;
		this.persisted.add(read);
		return read;
	}

	/**
	 * Whether the instance is known to be stored: returned by a read, or passed to or returned by a successful put or
	 * update, and not destroyed since (the seed's {@code isPersisted}). Instances are held weakly.
	 * @param entity the instance
	 * @return whether the instance is known to be stored
	 */
	public boolean isPersisted(Object entity) {
		Assert.notNull(entity, "Entity must not be null");
		return this.persisted.contains(entity);
	}

	/**
	 * Records that the instance is stored.
	 * @param entity the instance
	 */
	public void persisted(Object entity) {
		this.persisted.add(entity);
	}

	/**
	 * Records that the instance's item was deleted (or soft-deleted).
	 * @param entity the instance
	 */
	public void removed(Object entity) {
		this.persisted.remove(entity);
	}

	/**
	 * Sets the Spring Data entity callbacks ({@code BeforeConvertCallback}, {@code BeforeSaveCallback},
	 * {@code AfterSaveCallback}, {@code AfterConvertCallback}) that writes and reads run ({@code null}: none).
	 * @param callbacks the entity callbacks, or {@code null}
	 */
	public void setEntityCallbacks(@Nullable EntityCallbacks callbacks) {
		this.callbacks = callbacks;
	}

	/**
	 * The entity a put converts, after the {@link BeforeConvertCallback}s.
	 * @param <T> the entity type
	 * @param entity the entity
	 * @return the entity to convert
	 */
	public <T> T beforeConvert(T entity) {
		EntityCallbacks callbacks = this.callbacks;
		return (callbacks != null) ? callbacks.callback(BeforeConvertCallback.class, entity, tableName(entity.getClass()))
				: entity;
	}

	/**
	 * The entity a put stands for, after the {@link BeforeSaveCallback}s, given the item it became.
	 * @param <T> the entity type
	 * @param entity the entity
	 * @param item the item to send
	 * @return the entity
	 */
	public <T> T beforeSave(T entity, Map<String, AttributeValue> item) {
		EntityCallbacks callbacks = this.callbacks;
		return (callbacks != null) ? callbacks.callback(BeforeSaveCallback.class, entity,
				java.util.Collections.unmodifiableMap(item), tableName(entity.getClass())) : entity;
	}

	/**
	 * The entity a put returns, after the {@link AfterSaveCallback}s, given the item written.
	 * @param <T> the entity type
	 * @param entity the entity as written
	 * @param item the item written
	 * @return the entity to return
	 */
	public <T> T afterSave(T entity, Map<String, AttributeValue> item) {
		this.persisted.add(entity);
		EntityCallbacks callbacks = this.callbacks;
		T saved = (callbacks != null) ? callbacks.callback(AfterSaveCallback.class, entity,
				java.util.Collections.unmodifiableMap(item), tableName(entity.getClass())) : entity;
		this.persisted.add(saved);
		return saved;
	}

	private String tableName(Class<?> type) {
		return this.mappingContext.getRequiredPersistentEntity(type).getTableName();
	}

	/**
	 * The entity with its {@code @ReadTransform}s applied to the fields that have them.
	 * @param <T> the entity type
	 * @param entity the entity as read or written
	 * @return the entity (a new instance for immutable types)
	 */
	public <T> T readTransformed(T entity) {
		List<DynamitePersistentProperty> properties = this.readTransformed.computeIfAbsent(entity.getClass(), (type) -> {
			List<DynamitePersistentProperty> found = new java.util.ArrayList<>();
			this.mappingContext.getRequiredPersistentEntity(type).forEach((property) -> {
				if (property.getPipeline().appliesOnRead()) {
					found.add(property);
				}
			});
			return List.copyOf(found);
		});
		if (properties.isEmpty()) {
			return entity;
		}
		PersistentPropertyAccessor<T> accessor = accessor(entity);
		for (DynamitePersistentProperty property : properties) {
			accessor.setProperty(property, property.getPipeline().afterRead(accessor.getProperty(property)));
		}
		return accessor.getBean();
	}

	/**
	 * The checks entities pass before they are written (Jakarta Bean Validation), or {@code null} for none.
	 * @return the entity validator, or {@code null}
	 */
	public @Nullable EntityValidator getValidator() {
		return this.validator;
	}

	/**
	 * Sets the checks entities pass before they are written ({@code null}: none).
	 * @param validator the entity validator, or {@code null}
	 */
	public void setValidator(@Nullable EntityValidator validator) {
		this.validator = validator;
	}

	/**
	 * The attribute value of a value for the whole field (a key, an update change, an equality or comparison
	 * operand). The value must be of the field's type or convert to it without loss: an Integer for a Long field, a
	 * {@code "42"} for a number field, {@code "true"}/{@code "false"} for a Boolean, an enum constant's name, an
	 * ISO-8601 string for a java.time field, a collection for a list or set field. {@code null} and an empty set
	 * become NUL.
	 * @param property the property
	 * @param value the value
	 * @return the attribute value of a value for the whole field (a key, an update change, an equality or comparison
	 * operand)
	 * @throws IllegalArgumentException naming entity, field, value and expected type when the value does not fit, or
	 * when DynamoDB could not store it (a number outside DynamoDB's range, an empty map key, NaN)
	 */
	public AttributeValue toAttributeValue(DynamitePersistentProperty property, @Nullable Object value) {
		Assert.notNull(property, "Property must not be null");
		return this.codecs.entity(property.getOwner().getType()).codecOf(property).toAttributeValue(value);
	}

	/**
	 * The attribute value of one element of a list or set field (the operand of {@code contains}); for any other
	 * field the same as {@link #toAttributeValue(DynamitePersistentProperty, Object)}.
	 * @param property the property
	 * @param value the value
	 * @return the attribute value of one element of a list or set field (the operand of {@code contains})
	 * @throws IllegalArgumentException naming entity, field, value and expected type when the value does not fit
	 */
	public AttributeValue toElementAttributeValue(DynamitePersistentProperty property, Object value) {
		Assert.notNull(property, "Property must not be null");
		Assert.notNull(value, "Value must not be null");
		return this.codecs.entity(property.getOwner().getType()).codecOf(property).toElementAttributeValue(value);
	}

	/**
	 * The value converted to the field's Java type by the same rules as
	 * {@link #toAttributeValue(DynamitePersistentProperty, Object)} (for {@code @Default} literals).
	 * @param property the property
	 * @param value the value
	 * @return the value converted to the field's Java type by the same rules as {@link
	 * #toAttributeValue(DynamitePersistentProperty, Object)} (for {@code @Default} literals)
	 */
	public @Nullable Object toFieldValue(DynamitePersistentProperty property, @Nullable Object value) {
		Assert.notNull(property, "Property must not be null");
		return value == null ? null : this.codecs.entity(property.getOwner().getType()).codecOf(property).toFieldValue(value);
	}

	/**
	 * Whether the field is stored as a list or set (whose elements {@code contains} tests).
	 * @param property the property
	 * @return whether the field is stored as a list or set (whose elements {@code contains} tests)
	 */
	public boolean isCollection(DynamitePersistentProperty property) {
		Assert.notNull(property, "Property must not be null");
		return this.codecs.entity(property.getOwner().getType()).codecOf(property).isCollection();
	}

	/**
	 * The field value of an attribute value; NUL is {@code null}.
	 * @param property the property
	 * @param value the value
	 * @return the field value of an attribute value
	 */
	public @Nullable Object fromAttributeValue(DynamitePersistentProperty property, AttributeValue value) {
		Assert.notNull(property, "Property must not be null");
		Assert.notNull(value, "AttributeValue must not be null");
		return this.codecs.entity(property.getOwner().getType()).codecOf(property).read(value);
	}

	/**
	 * A property accessor for the entity that also works for immutable types (records, final fields): after
	 * {@code setProperty}, {@code getBean()} returns the updated instance.
	 * @param <T> the entity type
	 * @param entity the entity
	 * @return a property accessor for the entity that also works for immutable types (records, final fields)
	 */
	public <T> PersistentPropertyAccessor<T> accessor(T entity) {
		Assert.notNull(entity, "Entity must not be null");
		@SuppressWarnings("unchecked")
		EntityCodec<T> codec = (EntityCodec<T>) this.codecs.entity(entity.getClass());
		if (codec.isMutable()) {
			return codec.plainAccessor(entity);
		}
		return new InstantiationAwarePropertyAccessor<>(entity, codec::plainAccessor, this.instantiators);
	}
}
