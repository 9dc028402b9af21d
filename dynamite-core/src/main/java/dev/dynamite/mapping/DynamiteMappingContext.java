package dev.dynamite.mapping;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.domain.ManagedTypes;
import org.springframework.data.mapping.MappingException;
import org.springframework.data.mapping.context.AbstractMappingContext;
import org.springframework.data.mapping.model.Property;
import org.springframework.data.mapping.model.SimpleTypeHolder;
import org.springframework.data.core.TypeInformation;
import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;
import org.springframework.util.ClassUtils;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;

/**
 * The Dynamite mapping context: builds and caches {@link DynamitePersistentEntity} metadata per class.
 * Types with a value converter (strings, numbers, java.time, UUID, byte arrays and user-registered types)
 * are simple values; other classes become nested entities stored as DynamoDB maps.
 */
public class DynamiteMappingContext
		extends AbstractMappingContext<DynamitePersistentEntity<?>, DynamitePersistentProperty> {

	private static final Set<Class<?>> VALUE_TYPES = Set.of(UUID.class, BigDecimal.class, BigInteger.class,
			Instant.class, LocalDate.class, LocalDateTime.class, LocalTime.class, OffsetDateTime.class,
			ZonedDateTime.class, Duration.class, byte[].class, SdkBytes.class, URI.class, URL.class);

	private final TableNaming naming;

	private final List<AttributeConverter<?>> converters;

	/** A context with default table naming and no custom value types. */
	public DynamiteMappingContext() {
		this(TableNaming.defaults(), Set.of());
	}

	/**
	 * @param naming the table naming (prefix)
	 * @param customValueTypes types that user converters store as single attribute values
	 */
	public DynamiteMappingContext(TableNaming naming, Set<Class<?>> customValueTypes) {
		this(naming, customValueTypes, List.of());
	}

	/**
	 * A context that knows the user converters: their types are simple values, and a key field of such a type is
	 * stored (and its table attribute declared) as the converter's {@code attributeValueType()}.
	 * @param naming the table naming (prefix)
	 * @param converters the user converters, in the order the {@code DynamiteConverter} is given them
	 */
	public DynamiteMappingContext(TableNaming naming, List<? extends AttributeConverter<?>> converters) {
		this(naming, typesOf(converters), converters);
	}

	private DynamiteMappingContext(TableNaming naming, Set<Class<?>> customValueTypes,
			List<? extends AttributeConverter<?>> converters) {
		Assert.notNull(naming, "TableNaming must not be null");
		Assert.notNull(customValueTypes, "Custom value types must not be null");
		Assert.noNullElements(converters, "Converters must not contain null");
		this.naming = naming;
		this.converters = List.copyOf(converters);
		Set<Class<?>> simple = new HashSet<>(VALUE_TYPES);
		simple.addAll(customValueTypes);
		setSimpleTypeHolder(new SimpleTypeHolder(simple, true));
	}

	private static Set<Class<?>> typesOf(List<? extends AttributeConverter<?>> converters) {
		Set<Class<?>> types = new LinkedHashSet<>();
		converters.forEach(converter -> types.add(converter.type().rawClass()));
		return types;
	}

	/**
	 * How a user converter stores values of this type (its {@code attributeValueType()}), or {@code null} when no
	 * converter known to this context handles the type. The exact type wins over a supertype, as in the converter.
	 * @param type the entity class
	 * @return the attribute value type
	 */
	public @Nullable AttributeValueType storedTypeOf(Class<?> type) {
		Class<?> boxed = ClassUtils.resolvePrimitiveIfNecessary(type);
		for (AttributeConverter<?> converter : this.converters) {
			if (converter.type().rawClass() == boxed) {
				return converter.attributeValueType();
			}
		}
		for (AttributeConverter<?> converter : this.converters) {
			if (converter.type().rawClass().isAssignableFrom(boxed)) {
				return converter.attributeValueType();
			}
		}
		return null;
	}

	private @Nullable Set<Class<?>> scannedTypes;

	/** Remembers the scanned entity set, so that a repository of an entity outside it can be reported. */
	@Override
	public void setInitialEntitySet(Set<? extends Class<?>> initialEntitySet) {
		setManagedTypes(ManagedTypes.fromIterable(initialEntitySet));
	}

	/**
	 * Takes the scanned entities (a {@link DynamiteManagedTypes} under Spring Boot) and remembers them, so that a
	 * repository of an entity outside them can be reported.
	 */
	@Override
	public void setManagedTypes(ManagedTypes managedTypes) {
		super.setManagedTypes(managedTypes);
		this.scannedTypes = Set.copyOf(managedTypes.toList());
	}

	/**
	 * Whether an initial (scanned) entity set was given and the type is not in it: its table is not synchronised at
	 * start-up.
	 * @param type the entity class
	 * @return whether an initial (scanned) entity set was given and the type is not in it
	 */
	public boolean isOutsideScannedEntities(Class<?> type) {
		return this.scannedTypes != null && !this.scannedTypes.contains(type);
	}

	/**
	 * The entity's relations by name ({@link HasMany @HasMany}, {@link BelongsTo @BelongsTo},
	 * {@link ManyToMany @ManyToMany} fields), resolved and checked on first use; a has-many relation adds the
	 * foreign-key index its target needs (see {@link HasMany}).
	 * @param entity the entity
	 * @return the relations by name, in declaration order
	 * @throws InvalidEntityException naming the entity, the relation and the fix when a relation is not usable
	 */
	public Map<String, Relation> getRelations(DynamitePersistentEntity<?> entity) {
		Map<String, Relation> resolved = entity.resolvedRelations();
		if (resolved != null) {
			return resolved;
		}
		synchronized (this.relationLock) {
			resolved = entity.resolvedRelations();
			if (resolved == null) {
				resolved = new RelationResolver(this).resolve(entity);
				entity.setRelations(resolved);
				resolved = entity.resolvedRelations();
			}
			return resolved;
		}
	}

	private final Object relationLock = new Object();

	/**
	 * The entity types known to share a table (single-table design), by type name: those mapped so far, which at
	 * start-up are the scanned entities.
	 * @param tableName the shared table's full name
	 * @return the entity types by type name
	 * @throws InvalidEntityException when two classes have one type name in the table
	 */
	public Map<String, DynamitePersistentEntity<?>> getSharedTableTypes(String tableName) {
		Map<String, DynamitePersistentEntity<?>> types = new java.util.LinkedHashMap<>();
		for (DynamitePersistentEntity<?> entity : getPersistentEntities()) {
			SingleTableDefinition singleTable = entity.getSingleTable();
			if (singleTable == null || !entity.getTableName().equals(tableName)) {
				continue;
			}
			DynamitePersistentEntity<?> same = types.putIfAbsent(singleTable.type(), entity);
			if (same != null && same != entity) {
				throw new InvalidEntityException(entity.getType(), ("Entities %s and %s both have the type '%s' in table "
						+ "'%s': reads could not tell their items apart; give each its own @DynamiteTable(type = \"...\")")
					.formatted(same.getType().getName(), entity.getType().getName(), singleTable.type(), tableName));
			}
		}
		return types;
	}

	/**
	 * The table naming in use.
	 * @return the table naming in use
	 */
	public TableNaming getNaming() {
		return this.naming;
	}

	/**
	 * Adds the entity; a mapping error of the entity itself (e.g. no partition key) reaches the caller as it is,
	 * not wrapped in Spring Data's generic "Cannot create PersistentEntity" exception.
	 */
	@Override
	protected Optional<DynamitePersistentEntity<?>> addPersistentEntity(TypeInformation<?> typeInformation) {
		try {
			return super.addPersistentEntity(typeInformation);
		}
		catch (MappingException ex) {
			if (ex.getCause() instanceof MappingException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	/**
	 * Platform classes (JDK, AWS SDK) are never nested entities: without a value converter they cannot be stored,
	 * and introspecting their private fields fails or exposes internals.
	 */
	@Override
	protected boolean shouldCreatePersistentEntityFor(TypeInformation<?> type) {
		String name = type.getType().getName();
		if (name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.") || name.startsWith("sun.")
				|| name.startsWith("com.sun.") || name.startsWith("software.amazon.")) {
			return false;
		}
		return super.shouldCreatePersistentEntityFor(type);
	}

	@Override
	protected <T> DynamitePersistentEntity<?> createPersistentEntity(TypeInformation<T> typeInformation) {
		return new DynamitePersistentEntity<>(typeInformation, this.naming, this::storedTypeOf);
	}

	@Override
	protected DynamitePersistentProperty createPersistentProperty(Property property,
			DynamitePersistentEntity<?> owner, SimpleTypeHolder simpleTypeHolder) {
		return new DynamitePersistentProperty(property, owner, simpleTypeHolder);
	}
}
