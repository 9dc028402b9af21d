package dev.dynamite.mapping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeanInstantiationException;
import org.springframework.beans.BeanUtils;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.mapping.Association;
import org.springframework.data.mapping.PersistentEntity;
import org.springframework.data.mapping.model.AnnotationBasedPersistentProperty;
import org.springframework.data.mapping.model.Property;
import org.springframework.data.mapping.model.SimpleTypeHolder;
import org.springframework.util.StringUtils;

import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;

/**
 * A field of a Dynamite entity: its DynamoDB attribute name and its role (partition key, sort key, GSI key,
 * timestamps, default value, version).
 */
public class DynamitePersistentProperty extends AnnotationBasedPersistentProperty<DynamitePersistentProperty> {

	private final String attributeName;

	private volatile @Nullable AttributeConverter<?> converter;

	private volatile @Nullable FieldPipeline pipeline;

	/**
	 * Creates the property; called by {@link DynamiteMappingContext}.
	 * @param property the property
	 * @param owner the owner
	 * @param simpleTypeHolder the simple type holder
	 */
	public DynamitePersistentProperty(Property property, PersistentEntity<?, DynamitePersistentProperty> owner,
			SimpleTypeHolder simpleTypeHolder) {
		super(property, owner, simpleTypeHolder);
		Name name = findAnnotation(Name.class);
		this.attributeName = (name != null && StringUtils.hasText(name.value())) ? name.value() : getName();
	}

	/**
	 * The DynamoDB attribute name ({@link Name @Name} or the field name).
	 * @return the DynamoDB attribute name ({@link Name @Name} or the field name)
	 */
	public String getAttributeName() {
		return this.attributeName;
	}

	/**
	 * Relation fields ({@link HasMany @HasMany}, {@link BelongsTo @BelongsTo}, {@link ManyToMany @ManyToMany}) are not
	 * stored: the mapping context leaves them out of the entity's properties, and {@link Relation} sets them.
	 */
	@Override
	public boolean isTransient() {
		return super.isTransient() || isRelation();
	}

	/**
	 * Whether the field is a relation ({@link HasMany @HasMany}, {@link BelongsTo @BelongsTo} or
	 * {@link ManyToMany @ManyToMany}).
	 * @return whether the field is a relation
	 */
	public boolean isRelation() {
		for (Class<? extends java.lang.annotation.Annotation> annotation : Relation.ANNOTATIONS) {
			if (isAnnotationPresent(annotation)) {
				return true;
			}
		}
		return false;
	}

	@Override
	public boolean isIdProperty() {
		return isAnnotationPresent(PrimaryKey.class) || isAnnotationPresent(Index.class) || super.isIdProperty();
	}

	/**
	 * Whether this is the table's partition key.
	 * @return whether this is the table's partition key
	 */
	public boolean isPartitionKey() {
		return isIdProperty();
	}

	/**
	 * Whether this is the table's sort key.
	 * @return whether this is the table's sort key
	 */
	public boolean isSortKey() {
		return isAnnotationPresent(SortKey.class) || isAnnotationPresent(IndexSort.class);
	}

	/**
	 * Whether this is the partition or the sort key.
	 * @return whether this is the partition or the sort key
	 */
	public boolean isKey() {
		return isPartitionKey() || isSortKey();
	}

	/**
	 * Whether Dynamite sets this field on creation ({@link CreatedAt @CreatedAt} or {@code @CreatedDate}).
	 * @return whether Dynamite sets this field on creation ({@link CreatedAt @CreatedAt} or {@code @CreatedDate})
	 */
	public boolean isCreatedAt() {
		return isAnnotationPresent(CreatedAt.class) || isAnnotationPresent(CreatedDate.class);
	}

	/**
	 * Whether Dynamite refreshes this field on every write ({@link UpdatedAt @UpdatedAt} or {@code @LastModifiedDate}).
	 * @return whether Dynamite refreshes this field on every write ({@link UpdatedAt @UpdatedAt} or {@code
	 * @LastModifiedDate})
	 */
	public boolean isUpdatedAt() {
		return isAnnotationPresent(UpdatedAt.class) || isAnnotationPresent(LastModifiedDate.class);
	}

	/**
	 * The GSIs this field is the partition key of ({@link GlobalIndex @GlobalIndex} is repeatable), in declaration
	 * order.
	 * @return the GSIs this field is the partition key of
	 */
	public List<GlobalIndex> getGlobalIndexes() {
		GlobalIndex single = findAnnotation(GlobalIndex.class);
		GlobalIndexes repeated = findAnnotation(GlobalIndexes.class);
		List<GlobalIndex> indexes = new ArrayList<>();
		if (single != null) {
			indexes.add(single);
		}
		if (repeated != null) {
			indexes.addAll(Arrays.asList(repeated.value()));
		}
		return indexes;
	}

	/**
	 * The LSI this field is the sort key of, if any.
	 * @return the LSI this field is the sort key of, if any
	 */
	public @Nullable LocalIndex getLocalIndex() {
		return findAnnotation(LocalIndex.class);
	}

	/**
	 * The converter named by {@link Convert @Convert} on this field, created on first use, or {@code null}.
	 * @return the field's own converter, or {@code null}
	 * @throws InvalidEntityException when it cannot be created
	 */
	public @Nullable AttributeConverter<?> getConverter() {
		Convert convert = findAnnotation(Convert.class);
		if (convert == null) {
			return null;
		}
		AttributeConverter<?> created = this.converter;
		if (created == null) {
			try {
				created = BeanUtils.instantiateClass(convert.value());
			}
			catch (BeanInstantiationException ex) {
				throw new InvalidEntityException(getOwner().getType(), ("Entity %s: the @Convert converter %s of field '%s' "
						+ "cannot be created: it needs a public no-argument constructor (%s)").formatted(
								getOwner().getType().getName(), convert.value().getName(), getName(), ex.getMessage()));
			}
			this.converter = created;
		}
		return created;
	}

	/**
	 * The field's {@link WriteTransform @WriteTransform}, {@link Validate @Validate} and {@link ReadTransform
	 * &#64;ReadTransform} classes, created on first use.
	 * @return the field's pipeline
	 */
	public FieldPipeline getPipeline() {
		FieldPipeline created = this.pipeline;
		if (created == null) {
			created = FieldPipeline.of(this);
			this.pipeline = created;
		}
		return created;
	}

	/**
	 * Whether this field is the item's Time to Live ({@link Ttl @Ttl}).
	 * @return whether this field is the item's Time to Live
	 */
	public boolean isTtl() {
		return isAnnotationPresent(Ttl.class);
	}

	/**
	 * The default value declaration, if any.
	 * @return the default value declaration, if any
	 */
	public @Nullable Default getDefault() {
		return findAnnotation(Default.class);
	}

	/**
	 * Whether every item Dynamite writes has this attribute: a table key, a primitive, {@code @CreatedAt},
	 * {@code @UpdatedAt}, {@code @Version} or a field with a {@code @Default}. Dynamite refuses to remove such an
	 * attribute with an update, so that an index with this attribute as sort key holds every item.
	 * @return whether every item Dynamite writes has this attribute
	 */
	public boolean isAlwaysPresent() {
		return isKey() || getType().isPrimitive() || isCreatedAt() || isUpdatedAt() || isVersionProperty()
				|| getDefault() != null;
	}

	@Override
	protected Association<DynamitePersistentProperty> createAssociation() {
		return new Association<>(this, null);
	}
}
