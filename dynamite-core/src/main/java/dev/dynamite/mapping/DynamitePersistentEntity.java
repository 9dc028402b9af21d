package dev.dynamite.mapping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.data.mapping.MappingException;
import org.springframework.data.mapping.model.BasicPersistentEntity;
import org.springframework.data.core.TypeInformation;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;

/**
 * Mapping metadata of one entity class, computed once and cached by {@link DynamiteMappingContext}: table name,
 * key properties, timestamps, version, global secondary indexes and the attribute-name lookup.
 *
 * @param <T> the entity type
 */
public class DynamitePersistentEntity<T> extends BasicPersistentEntity<T, DynamitePersistentProperty> {

	private final boolean table;

	private final String tableName;

	private final Map<String, DynamitePersistentProperty> byName = new LinkedHashMap<>();

	/** By camelCase / snake_case-insensitive name: {@code createdAt}, {@code CreatedAt}, {@code created_at}. */
	private final Map<String, DynamitePersistentProperty> byNormalizedName = new LinkedHashMap<>();

	/** Copy-on-write: a has-many relation to this entity may add its foreign-key index after start-up. */
	private final List<IndexDefinition> indexes = new java.util.concurrent.CopyOnWriteArrayList<>();

	private final Function<Class<?>, @Nullable AttributeValueType> storedTypes;

	private @Nullable DynamitePersistentProperty sortKey;

	private @Nullable DynamitePersistentProperty createdAt;

	private @Nullable DynamitePersistentProperty updatedAt;

	private @Nullable DynamitePersistentProperty ttl;

	private @Nullable DynamitePersistentProperty deleteAt;

	private @Nullable CreationOrderIndex creationOrderIndex;

	private LifecycleMethods lifecycle = LifecycleMethods.none();

	private volatile @Nullable Map<String, Relation> relations;

	private @Nullable SingleTableDefinition singleTable;

	/**
	 * Creates the entity metadata; called by {@link DynamiteMappingContext}.
	 * @param information the entity information
	 * @param naming the table naming
	 */
	public DynamitePersistentEntity(TypeInformation<T> information, TableNaming naming) {
		this(information, naming, type -> null);
	}

	/**
	 * Creates the entity metadata; called by {@link DynamiteMappingContext}.
	 * @param storedTypes how user converters store a Java type ({@code null}: no converter for it)
	 * @param information the entity information
	 * @param naming the table naming
	 */
	public DynamitePersistentEntity(TypeInformation<T> information, TableNaming naming,
			Function<Class<?>, @Nullable AttributeValueType> storedTypes) {
		super(information);
		this.storedTypes = storedTypes;
		this.table = AnnotatedElementUtils.hasAnnotation(information.getType(), DynamiteTable.class);
		this.tableName = this.table ? naming.tableName(information.getType()) : TableNaming.baseName(information.getType());
	}

	@Override
	public void addPersistentProperty(DynamitePersistentProperty property) {
		super.addPersistentProperty(property);
		if (property.isSortKey()) {
			if (this.sortKey != null) {
				throw new InvalidEntityException(getType(), "Entity %s has two sort keys: '%s' and '%s'; keep one @SortKey"
					.formatted(getType().getName(), this.sortKey.getName(), property.getName()));
			}
			this.sortKey = property;
		}
		if (property.isCreatedAt()) {
			this.createdAt = property;
		}
		if (property.isUpdatedAt()) {
			this.updatedAt = property;
		}
		if (property.isAnnotationPresent(DeleteAt.class)) {
			if (this.deleteAt != null) {
				throw new InvalidEntityException(getType(), "Entity %s has two @DeleteAt fields: '%s' and '%s'; keep one"
					.formatted(getType().getName(), this.deleteAt.getName(), property.getName()));
			}
			if (property.getType() != String.class && property.getType() != java.time.Instant.class) {
				throw new InvalidEntityException(getType(), ("Entity %s: @DeleteAt field '%s' has type %s; use String "
						+ "(ISO-8601 UTC) or Instant").formatted(getType().getName(), property.getName(),
								property.getType().getSimpleName()));
			}
			this.deleteAt = property;
		}
		if (property.isTtl()) {
			if (this.ttl != null) {
				throw new InvalidEntityException(getType(), "Entity %s has two @Ttl fields: '%s' and '%s'; keep one"
					.formatted(getType().getName(), this.ttl.getName(), property.getName()));
			}
			Class<?> type = property.getType();
			if (type != java.time.Instant.class && type != Long.class && type != long.class) {
				throw new InvalidEntityException(getType(), ("Entity %s: @Ttl field '%s' has type %s; DynamoDB's Time to "
						+ "Live needs epoch seconds: use Instant, or Long holding epoch seconds").formatted(getType().getName(),
								property.getName(), type.getSimpleName()));
			}
			this.ttl = property;
		}
		this.byName.put(property.getName(), property);
		this.byName.putIfAbsent(property.getAttributeName(), property);
		this.byNormalizedName.putIfAbsent(normalize(property.getName()), property);
		this.byNormalizedName.putIfAbsent(normalize(property.getAttributeName()), property);
	}

	@Override
	public void verify() {
		super.verify();
		if (!this.table) {
			return;
		}
		this.singleTable = SingleTableDefinition.of(this);
		if (this.singleTable != null) {
			verifySingleTable(this.singleTable);
			return;
		}
		if (getIdProperty() == null) {
			throw new InvalidEntityException(getType(), ("Entity %s has no partition key: annotate one field with @PrimaryKey "
					+ "(or @Index)").formatted(getType().getName()));
		}
		for (DynamitePersistentProperty property : this) {
			checkConverter(property);
		}
		for (DynamitePersistentProperty property : this) {
			for (GlobalIndex index : property.getGlobalIndexes()) {
				DynamitePersistentProperty indexSort = null;
				if (StringUtils.hasText(index.sortKey())) {
					indexSort = this.byName.get(index.sortKey());
					if (indexSort == null) {
						throw new InvalidEntityException(getType(), "Entity %s: @GlobalIndex on '%s' names sort key '%s', which is no field"
							.formatted(getType().getName(), property.getName(), index.sortKey()));
					}
				}
				String name = StringUtils.hasText(index.name()) ? index.name() : property.getAttributeName() + "_index";
				addIndex(new IndexDefinition(name, false, property, indexSort, index.projection(),
						included(name, index.projection(), index.include()), keyAttributeNames()));
			}
			LocalIndex local = property.getLocalIndex();
			if (local != null) {
				String name = StringUtils.hasText(local.name()) ? local.name() : property.getAttributeName() + "_local_index";
				if (this.sortKey == null) {
					throw new InvalidEntityException(getType(), ("Entity %s: @LocalIndex '%s' on '%s' needs a table with a sort key: "
							+ "DynamoDB creates local indexes only on tables with a composite key; add a @SortKey, or use "
							+ "@GlobalIndex").formatted(getType().getName(), name, property.getName()));
				}
				if (property.isKey()) {
					throw new InvalidEntityException(getType(), "Entity %s: @LocalIndex '%s' is on '%s', a key of the table; put it on another field"
						.formatted(getType().getName(), name, property.getName()));
				}
				addIndex(new IndexDefinition(name, true, getRequiredIdProperty(), property, local.projection(),
						included(name, local.projection(), local.include()), keyAttributeNames()));
			}
		}
		this.lifecycle = LifecycleMethods.of(getType());
		CreatedAt created = (this.createdAt != null) ? this.createdAt.findAnnotation(CreatedAt.class) : null;
		if (created != null && created.indexed()) {
			if (created.shards() < 1 || created.shards() > CreationOrderIndex.MAX_SHARDS) {
				throw new InvalidEntityException(getType(), "Entity %s: @CreatedAt(shards = %d) on '%s' must be between 1 and %d"
					.formatted(getType().getName(), created.shards(), this.createdAt.getName(), CreationOrderIndex.MAX_SHARDS));
			}
			requireScalarKey(this.createdAt, "sort key of the creation-order index");
			this.creationOrderIndex = new CreationOrderIndex("dynamite_created_" + created.shards(), this.createdAt,
					created.shards(), keyAttributeNames());
		}
		long locals = this.indexes.stream().filter(IndexDefinition::local).count();
		if (locals > MAX_LOCAL_INDEXES) {
			throw new InvalidEntityException(getType(), "Entity %s declares %d local indexes; DynamoDB allows %d a table"
				.formatted(getType().getName(), locals, MAX_LOCAL_INDEXES));
		}
		requireScalarKey(getRequiredIdProperty(), "partition key");
		if (this.sortKey != null) {
			requireScalarKey(this.sortKey, "sort key");
		}
	}

	/**
	 * A single-table entity: its key and indexes come from its templates, so the annotations of an entity with a table
	 * of its own are refused; its overloaded indexes (projection ALL) become its global indexes.
	 */
	private void verifySingleTable(SingleTableDefinition definition) {
		for (DynamitePersistentProperty property : this) {
			String own = property.isAnnotationPresent(PrimaryKey.class) ? "@PrimaryKey"
					: property.isAnnotationPresent(Index.class) ? "@Index"
							: property.isSortKey() ? "@SortKey"
									: !property.getGlobalIndexes().isEmpty() ? "@GlobalIndex"
											: property.getLocalIndex() != null ? "@LocalIndex" : null;
			if (own != null) {
				throw new InvalidEntityException(getType(), ("Entity %s: field '%s' has %s, but the entity lives in the "
						+ "shared table '%s' (@KeyTemplate): its key is composed by @KeyTemplate and its indexes by "
						+ "@IndexTemplate; remove %s").formatted(getType().getName(), property.getName(), own,
								this.tableName, own));
			}
			checkConverter(property);
		}
		CreatedAt created = (this.createdAt != null) ? this.createdAt.findAnnotation(CreatedAt.class) : null;
		if (created != null && created.indexed()) {
			throw new InvalidEntityException(getType(), ("Entity %s: @CreatedAt(indexed = true) on '%s' is not available "
					+ "in a shared table (@KeyTemplate); put the creation time in the sort template instead, e.g. "
					+ "sort = \"ORDER#{%s}\"").formatted(getType().getName(), this.createdAt.getName(),
							this.createdAt.getName()));
		}
		List<String> tableKeys = List.of(definition.partitionKey().getAttributeName(),
				definition.sortKey().getAttributeName());
		for (SingleTableDefinition.Index index : definition.indexes()) {
			addIndex(new IndexDefinition(index.name(), false, index.partitionKey(), index.sortKey(), IndexProjection.ALL,
					List.of(), tableKeys));
		}
		this.lifecycle = LifecycleMethods.of(getType());
	}

	/** A {@code @Convert} converter must exist and accept the field's type. */
	private void checkConverter(DynamitePersistentProperty property) {
		AttributeConverter<?> converter = property.getConverter();
		if (converter == null) {
			return;
		}
		Class<?> accepted = converter.type().rawClass();
		Class<?> field = ClassUtils.resolvePrimitiveIfNecessary(property.getType());
		if (!accepted.isAssignableFrom(field)) {
			throw new InvalidEntityException(getType(), "Entity %s: field '%s' has type %s, but its @Convert converter %s converts %s"
				.formatted(getType().getName(), property.getName(), property.getType().getSimpleName(),
						converter.getClass().getName(), accepted.getName()));
		}
	}

	/** DynamoDB's limit of local secondary indexes on one table. */
	private static final int MAX_LOCAL_INDEXES = 5;

	private void addIndex(IndexDefinition index) {
		for (IndexDefinition other : this.indexes) {
			if (other.name().equals(index.name())) {
				throw new InvalidEntityException(getType(), ("Entity %s declares two indexes named '%s' (on '%s' and '%s'); give "
						+ "each its own name = \"...\"").formatted(getType().getName(), index.name(),
								other.local() ? other.sortKey().getName() : other.partitionKey().getName(),
								index.local() ? index.sortKey().getName() : index.partitionKey().getName()));
			}
		}
		requireScalarKey(index.partitionKey(), "partition key of index '" + index.name() + "'");
		if (index.sortKey() != null) {
			requireScalarKey(index.sortKey(), "sort key of index '" + index.name() + "'");
		}
		this.indexes.add(index);
	}

	/** The attribute names an INCLUDE projection names, checked against the entity's fields. */
	private List<String> included(String index, IndexProjection projection, String[] include) {
		if (projection != IndexProjection.INCLUDE) {
			if (include.length > 0) {
				throw new InvalidEntityException(getType(), "Entity %s: index '%s' names include %s but its projection is %s; use projection = INCLUDE"
					.formatted(getType().getName(), index, Arrays.toString(include), projection));
			}
			return List.of();
		}
		if (include.length == 0) {
			throw new InvalidEntityException(getType(), "Entity %s: index '%s' has projection INCLUDE but names no field in include"
				.formatted(getType().getName(), index));
		}
		List<String> attributes = new ArrayList<>(include.length);
		for (String field : include) {
			DynamitePersistentProperty property = findField(field);
			if (property == null) {
				throw new InvalidEntityException(getType(), "Entity %s: index '%s' includes '%s', which is no field; known fields: %s"
					.formatted(getType().getName(), index, field, fieldNames()));
			}
			attributes.add(property.getAttributeName());
		}
		return List.copyOf(attributes);
	}

	private List<String> keyAttributeNames() {
		DynamitePersistentProperty partition = getRequiredIdProperty();
		return this.sortKey == null ? List.of(partition.getAttributeName())
				: List.of(partition.getAttributeName(), this.sortKey.getAttributeName());
	}

	/**
	 * DynamoDB keys are strings, numbers or binary: booleans, collections, maps and nested objects are not, unless a
	 * user converter stores the field's type as a string, number or binary.
	 */
	private void requireScalarKey(DynamitePersistentProperty property, String role) {
		Class<?> type = property.getType();
		AttributeValueType stored = getConvertedStorage(property);
		if (stored != null) {
			if (stored != AttributeValueType.S && stored != AttributeValueType.N && stored != AttributeValueType.B) {
				throw new InvalidEntityException(getType(), ("Entity %s: field '%s' (the %s) has type %s, which its converter stores as %s; "
						+ "DynamoDB keys must be strings (S), numbers (N) or binary (B)").formatted(getType().getName(),
								property.getName(), role, type.getSimpleName(), stored));
			}
			return;
		}
		boolean bool = type == Boolean.class || type == boolean.class;
		boolean composite = property.isCollectionLike() && type != byte[].class || property.isMap()
				|| (type.isArray() && type != byte[].class);
		if (bool || composite) {
			throw new InvalidEntityException(getType(), ("Entity %s: field '%s' (the %s) has type %s; DynamoDB keys must be strings, "
					+ "numbers or binary (or register an AttributeConverter that stores %s as one)").formatted(getType().getName(),
							property.getName(), role, type.getSimpleName(), type.getSimpleName()));
		}
	}

	/**
	 * How a user converter stores this property's values ({@code S}, {@code N}, {@code B}, ...): the field's own
	 * {@link Convert @Convert} converter first, else one registered for its type; {@code null} when the built-in
	 * conversion applies.
	 * @param property the property
	 * @return the attribute value type
	 */
	public @Nullable AttributeValueType getConvertedStorage(DynamitePersistentProperty property) {
		AttributeConverter<?> own = property.getConverter();
		return (own != null) ? own.attributeValueType() : this.storedTypes.apply(property.getType());
	}

	/**
	 * Whether the class is annotated {@link DynamiteTable @DynamiteTable} (not merely a nested value).
	 * @return whether the class is annotated {@link DynamiteTable @DynamiteTable} (not merely a nested value)
	 */
	public boolean isTable() {
		return this.table;
	}

	/**
	 * The full DynamoDB table name (prefix, suffix or {@link TableNameResolver} applied).
	 * @return the full DynamoDB table name
	 */
	public String getTableName() {
		return this.tableName;
	}

	/**
	 * The partition key property.
	 * @return the partition key property
	 */
	public DynamitePersistentProperty getPartitionKey() {
		return this.singleTable != null ? this.singleTable.partitionKey() : getRequiredIdProperty();
	}

	/**
	 * The sort key property, or {@code null} for a table with a simple primary key.
	 * @return the sort key property, or {@code null} for a table with a simple primary key
	 */
	public @Nullable DynamitePersistentProperty getSortKey() {
		return this.singleTable != null ? this.singleTable.sortKey() : this.sortKey;
	}

	/**
	 * The {@link CreatedAt @CreatedAt} property, or {@code null}.
	 * @return the {@link CreatedAt @CreatedAt} property, or {@code null}
	 */
	public @Nullable DynamitePersistentProperty getCreatedAt() {
		return this.createdAt;
	}

	/**
	 * The {@link UpdatedAt @UpdatedAt} property, or {@code null}.
	 * @return the {@link UpdatedAt @UpdatedAt} property, or {@code null}
	 */
	public @Nullable DynamitePersistentProperty getUpdatedAt() {
		return this.updatedAt;
	}

	/**
	 * Whether the instance has not been stored yet: with {@code @Version}, a null or 0 version; else, with a creation
	 * timestamp field, no value in it (Dynamite sets it on the first write); else a null id (in a shared table: a null
	 * field of the key templates). Auditing and lifecycle hooks use it to tell a creation from an update.
	 * @param bean the instance
	 * @return whether the instance is new
	 */
	@Override
	public boolean isNew(Object bean) {
		if (getVersionProperty() == null && this.createdAt != null) {
			return getPropertyAccessor(bean).getProperty(this.createdAt) == null;
		}
		if (getVersionProperty() == null && this.singleTable != null) {
			org.springframework.data.mapping.PersistentPropertyAccessor<?> accessor = getPropertyAccessor(bean);
			return this.singleTable.keyFields().stream().anyMatch((field) -> accessor.getProperty(field) == null);
		}
		return super.isNew(bean);
	}

	/**
	 * The entity's lifecycle methods ({@code @BeforeCreate}, ...), found and checked at start-up.
	 * @return the entity's lifecycle methods
	 */
	public LifecycleMethods getLifecycleMethods() {
		return this.lifecycle;
	}

	/**
	 * The creation-order index ({@code @CreatedAt(indexed = true)}), or {@code null}.
	 * @return the creation-order index, or {@code null}
	 */
	public @Nullable CreationOrderIndex getCreationOrderIndex() {
		return this.creationOrderIndex;
	}

	/**
	 * The {@link DeleteAt @DeleteAt} property (soft delete), or {@code null}.
	 * @return the {@link DeleteAt @DeleteAt} property, or {@code null}
	 */
	public @Nullable DynamitePersistentProperty getDeleteAt() {
		return this.deleteAt;
	}

	/**
	 * The {@link Ttl @Ttl} property, or {@code null}.
	 * @return the {@link Ttl @Ttl} property, or {@code null}
	 */
	public @Nullable DynamitePersistentProperty getTtl() {
		return this.ttl;
	}

	/**
	 * The declared secondary indexes, global and local, in declaration order.
	 * @return the declared secondary indexes
	 */
	public List<IndexDefinition> getIndexes() {
		return Collections.unmodifiableList(this.indexes);
	}

	/**
	 * The declared global secondary indexes.
	 * @return the declared global secondary indexes
	 */
	public List<IndexDefinition> getGlobalIndexes() {
		return this.indexes.stream().filter((index) -> !index.local()).toList();
	}

	/**
	 * The declared local secondary indexes.
	 * @return the declared local secondary indexes
	 */
	public List<IndexDefinition> getLocalIndexes() {
		return this.indexes.stream().filter(IndexDefinition::local).toList();
	}

	/**
	 * The entity's single-table design ({@link KeyTemplate @KeyTemplate}), or {@code null} for an entity with a table
	 * of its own.
	 * @return the single-table definition, or {@code null}
	 */
	public @Nullable SingleTableDefinition getSingleTable() {
		return this.singleTable;
	}

	/**
	 * The entity's relations by name once {@link DynamiteMappingContext#getRelations} resolved them, else {@code null}.
	 * @return the relations, or {@code null}
	 */
	@Nullable Map<String, Relation> resolvedRelations() {
		return this.relations;
	}

	void setRelations(Map<String, Relation> relations) {
		this.relations = Collections.unmodifiableMap(new LinkedHashMap<>(relations));
	}

	/**
	 * Makes sure a Query by this field needs no Scan, for a has-many relation to this entity: nothing when the field is
	 * the partition key of the table or of a global index, else a global index {@code <attribute>_index} (projection
	 * ALL) that {@code sync()} creates.
	 * @param foreignKey the field other entities' has-many relations read this entity by
	 */
	synchronized void addRelationIndex(DynamitePersistentProperty foreignKey) {
		if (this.singleTable != null) {
			throw new InvalidEntityException(getType(), ("Entity %s lives in the shared table '%s' (@KeyTemplate): a "
					+ "@HasMany relation to it is not available; read its items with an @IndexTemplate or an item "
					+ "collection").formatted(getType().getName(), this.tableName));
		}
		if (foreignKey.equals(getIdProperty())) {
			return;
		}
		for (IndexDefinition index : this.indexes) {
			if (!index.local() && index.partitionKey().equals(foreignKey)) {
				return;
			}
		}
		requireScalarKey(foreignKey, "foreign key of a @HasMany relation to " + getType().getSimpleName());
		addIndex(new IndexDefinition(foreignKey.getAttributeName() + "_index", false, foreignKey, null,
				IndexProjection.ALL, List.of(), keyAttributeNames()));
	}

	/** DynamoDB's size limit of a partition key value (table or index), in bytes. */
	public static final int MAX_PARTITION_KEY_BYTES = 2048;

	/** DynamoDB's size limit of a sort key value (table or index), in bytes. */
	public static final int MAX_SORT_KEY_BYTES = 1024;

	/**
	 * The size limit DynamoDB sets on this property's values because it is a key of the table or of an index: 2,048
	 * bytes for a partition key, 1,024 for a sort key (the smaller where it is both), or {@code 0} when it is no key.
	 * @param property the property
	 * @return the size limit DynamoDB sets on this property's values because it is a key of the table or of an index
	 */
	public int getKeyByteLimit(DynamitePersistentProperty property) {
		int limit = 0;
		if (property.equals(getIdProperty()) || (this.singleTable != null && property == this.singleTable.partitionKey())) {
			limit = MAX_PARTITION_KEY_BYTES;
		}
		for (IndexDefinition index : this.indexes) {
			if (property.equals(index.partitionKey()) && limit == 0) {
				limit = MAX_PARTITION_KEY_BYTES;
			}
		}
		boolean sort = property.equals(getSortKey());
		for (IndexDefinition index : this.indexes) {
			sort |= property.equals(index.sortKey());
		}
		return sort ? MAX_SORT_KEY_BYTES : limit;
	}

	/**
	 * The property with this Java field name or DynamoDB attribute name, else with a camelCase / snake_case
	 * equivalent of one ({@code createdAt} finds a field or attribute named {@code created_at}), or {@code null}.
	 * @param name the name
	 * @return the property with this Java field name or DynamoDB attribute name, else with a camelCase / snake_case
	 * equivalent of one ({@code createdAt} finds a field or attribute named {@code created_at}), or {@code null}
	 */
	public @Nullable DynamitePersistentProperty findField(String name) {
		DynamitePersistentProperty exact = this.byName.get(name);
		return exact != null ? exact : this.byNormalizedName.get(normalize(name));
	}

	/**
	 * The property with this Java field name or DynamoDB attribute name (or a camelCase / snake_case equivalent).
	 * @param name the name
	 * @return the property with this Java field name or DynamoDB attribute name (or a camelCase / snake_case
	 * equivalent)
	 * @throws IllegalArgumentException naming the entity and the known fields when there is none
	 */
	public DynamitePersistentProperty getRequiredField(String name) {
		DynamitePersistentProperty property = findField(name);
		if (property == null) {
			throw new IllegalArgumentException("Unknown field '%s' on entity %s (table %s); known fields: %s"
				.formatted(name, getType().getSimpleName(), this.tableName, fieldNames()));
		}
		return property;
	}

	private static String normalize(String name) {
		return name.replace("_", "").toLowerCase(java.util.Locale.ROOT);
	}

	/**
	 * The Java field names of the entity, in declaration order.
	 * @return the Java field names of the entity, in declaration order
	 */
	public List<String> fieldNames() {
		List<String> names = new ArrayList<>();
		for (DynamitePersistentProperty property : this) {
			names.add(property.getName());
		}
		return names;
	}
}
