package dev.dynamite.mapping;

import java.lang.reflect.Field;

import org.jspecify.annotations.Nullable;
import org.springframework.data.core.TypeInformation;
import org.springframework.data.mapping.PersistentEntity;
import org.springframework.data.mapping.model.BasicPersistentEntity;
import org.springframework.data.mapping.model.Property;
import org.springframework.data.mapping.model.SimpleTypeHolder;
import org.springframework.util.ReflectionUtils;

/**
 * An attribute that single-table design adds to every item of an entity type, which no field of the class holds:
 * the shared table's key attributes ({@code pk}, {@code sk}), the keys of overloaded global indexes ({@code gsi1pk},
 * {@code gsi1sk}), composed from {@link CompositeTemplate templates}, and the type discriminator ({@code _type}).
 * It is a string property of the entity, so the planner, the requests and the schema treat it like any key; its
 * value never comes from the instance (see {@link SingleTableDefinition}).
 */
public final class TemplateAttribute extends DynamitePersistentProperty {

	/** What the attribute is to the table. */
	public enum Role {
		/** The table's partition key. */
		PARTITION_KEY,
		/** The table's sort key. */
		SORT_KEY,
		/** An overloaded global index's partition key. */
		INDEX_PARTITION_KEY,
		/** An overloaded global index's sort key. */
		INDEX_SORT_KEY,
		/** The type discriminator. */
		DISCRIMINATOR
	}

	/** The field every template attribute is described by: a string (Spring Data needs one field per property). */
	@SuppressWarnings("unused")
	private static final class Holder {

		private @Nullable String value;
	}

	private static final Field VALUE = ReflectionUtils.findField(Holder.class, "value");

	/** Spring Data reads the property from its owner's type: the holder's, while {@link #getOwner()} is the entity. */
	private static final PersistentEntity<Holder, DynamitePersistentProperty> HOLDER = new BasicPersistentEntity<>(
			TypeInformation.of(Holder.class));

	private final DynamitePersistentEntity<?> owner;

	private final String attribute;

	private final Role role;

	private final @Nullable CompositeTemplate template;

	TemplateAttribute(DynamitePersistentEntity<?> owner, String attribute, Role role,
			@Nullable CompositeTemplate template) {
		super(Property.of(TypeInformation.of(Holder.class), VALUE), HOLDER, SimpleTypeHolder.DEFAULT);
		this.owner = owner;
		this.attribute = attribute;
		this.role = role;
		this.template = template;
	}

	@Override
	public PersistentEntity<?, DynamitePersistentProperty> getOwner() {
		return this.owner;
	}

	/**
	 * The attribute's role.
	 * @return the attribute's role
	 */
	public Role getRole() {
		return this.role;
	}

	/**
	 * The template composing the attribute's value, or {@code null} for the discriminator.
	 * @return the template, or {@code null}
	 */
	public @Nullable CompositeTemplate getTemplate() {
		return this.template;
	}

	/** The attribute name (while Spring Data constructs the property, the holder field's). */
	@Override
	@SuppressWarnings("NullAway")
	public String getName() {
		return this.attribute != null ? this.attribute : super.getName();
	}

	@Override
	public String getAttributeName() {
		return this.attribute;
	}

	@Override
	public Class<?> getType() {
		return String.class;
	}

	@Override
	public boolean isIdProperty() {
		return false;
	}

	/**
	 * Whether this is a key of an overloaded global index.
	 * @return whether this is a key of an overloaded global index
	 */
	public boolean isIndexKey() {
		return this.role == Role.INDEX_PARTITION_KEY || this.role == Role.INDEX_SORT_KEY;
	}

	@Override
	public boolean isPartitionKey() {
		return this.role == Role.PARTITION_KEY;
	}

	@Override
	public boolean isSortKey() {
		return this.role == Role.SORT_KEY;
	}

	/** Every item of the type has it: Dynamite writes it with each put. */
	@Override
	public boolean isAlwaysPresent() {
		return true;
	}

	@Override
	public boolean isTransient() {
		return false;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return this == other;
	}

	@Override
	public int hashCode() {
		return System.identityHashCode(this);
	}

	@Override
	public String toString() {
		return this.template == null ? this.attribute : this.attribute + " = " + this.template.source();
	}
}
