package dev.dynamite.core.convert;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.data.mapping.Parameter;
import org.springframework.data.mapping.PersistentPropertyAccessor;
import org.springframework.data.mapping.model.BeanWrapperPropertyAccessorFactory;
import org.springframework.data.mapping.model.ClassGeneratingPropertyAccessorFactory;
import org.springframework.data.mapping.model.EntityInstantiator;
import org.springframework.data.mapping.model.ParameterValueProvider;
import org.springframework.data.mapping.model.PersistentPropertyAccessorFactory;

import dev.dynamite.mapping.DynamitePersistentEntity;
import dev.dynamite.mapping.DynamitePersistentProperty;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An entity (a table entity, a nested bean or a record) and its item: the property codecs resolved once, creation
 * through Spring Data's {@link EntityInstantiator} (constructor arguments from the item), the remaining fields set
 * through the entity's property accessor. A nested entity is stored as a DynamoDB map (M).
 *
 * @param <T> the entity type
 */
final class EntityCodec<T> implements ValueCodec {

	private static final PropertyCodec[] NONE = new PropertyCodec[0];

	private final DynamitePersistentEntity<T> entity;

	private final EntityInstantiator instantiator;

	/**
	 * Plain accessors: one per bean and operation. The entity's own {@code getPropertyAccessor} is instantiation
	 * aware and creates a new delegate accessor on every single get or set of a property.
	 */
	private final PersistentPropertyAccessorFactory accessors;

	private boolean mutable;

	private PropertyCodec[] properties = NONE;

	private PropertyCodec[] settable = NONE;

	private Map<String, PropertyCodec> parameters = Map.of();

	private Map<DynamitePersistentProperty, PropertyCodec> byProperty = Map.of();

	private int itemCapacity;

	EntityCodec(DynamitePersistentEntity<T> entity, EntityInstantiator instantiator) {
		this.entity = entity;
		this.instantiator = instantiator;
		ClassGeneratingPropertyAccessorFactory generating = new ClassGeneratingPropertyAccessorFactory();
		this.accessors = generating.isSupported(entity) ? generating : BeanWrapperPropertyAccessorFactory.INSTANCE;
	}

	/** Completes the codec; called once by {@link CodecFactory} before the codec is published. */
	void initialize(List<PropertyCodec> codecs) {
		List<PropertyCodec> settable = new ArrayList<>();
		Map<String, PropertyCodec> parameters = new HashMap<>();
		Map<DynamitePersistentProperty, PropertyCodec> byProperty = new HashMap<>();
		boolean mutable = !this.entity.getType().isRecord();
		for (PropertyCodec codec : codecs) {
			DynamitePersistentProperty property = codec.property();
			byProperty.put(property, codec);
			mutable &= property.isWritable() && !property.isImmutable() && property.getWither() == null;
			if (this.entity.isCreatorArgument(property)) {
				parameters.put(property.getName(), codec);
			}
			else if (property.isWritable() && !property.isImmutable()) {
				settable.add(codec);
			}
		}
		this.properties = codecs.toArray(NONE);
		this.settable = settable.toArray(NONE);
		this.parameters = parameters;
		this.byProperty = byProperty;
		this.mutable = mutable;
		this.itemCapacity = (int) (codecs.size() / 0.75f) + 1;
	}

	DynamitePersistentEntity<T> entity() {
		return this.entity;
	}

	/**
	 * A plain accessor of the bean: reads every property and sets mutable ones in place. Cheap enough to create once
	 * per operation; reuse it for all properties of that operation.
	 */
	PersistentPropertyAccessor<T> plainAccessor(T bean) {
		return this.accessors.getPropertyAccessor(this.entity, bean);
	}

	/** Whether every property can be set in place (no record, final field or wither), so a plain accessor will do. */
	boolean isMutable() {
		return this.mutable;
	}

	/** The codec of one of this entity's properties. */
	@Override
	public boolean acceptsConvertedValues() {
		return false;
	}

	PropertyCodec codecOf(DynamitePersistentProperty property) {
		PropertyCodec codec = this.byProperty.get(property);
		if (codec == null) {
			throw new IllegalArgumentException("Field '%s' is not a persistent field of entity %s"
				.formatted(property.getName(), this.entity.getType().getSimpleName()));
		}
		return codec;
	}

	/** The item of an entity: every non-null property under its attribute name. */
	Map<String, AttributeValue> writeItem(Object bean) {
		@SuppressWarnings("unchecked")
		PersistentPropertyAccessor<T> accessor = plainAccessor((T) bean);
		Map<String, AttributeValue> item = new HashMap<>(this.itemCapacity);
		for (PropertyCodec codec : this.properties) {
			Object value = accessor.getProperty(codec.property());
			if (value != null) {
				AttributeValue written = codec.write(value);
				if (written != null) {
					item.put(codec.attributeName(), written);
				}
			}
		}
		return item;
	}

	/** The entity of an item; absent attributes leave fields unset. */
	T readItem(Map<String, AttributeValue> item) {
		T bean = this.instantiator.createInstance(this.entity, new ItemParameters(item));
		if (this.settable.length == 0) {
			return bean;
		}
		// settable properties are mutable ones: a plain accessor sets them in place
		PersistentPropertyAccessor<T> accessor = plainAccessor(bean);
		for (PropertyCodec codec : this.settable) {
			AttributeValue attribute = item.get(codec.attributeName());
			if (attribute == null) {
				continue;
			}
			Object value = codec.read(attribute);
			if (value != null || !codec.isPrimitive()) {
				accessor.setProperty(codec.property(), value);
			}
		}
		return accessor.getBean();
	}

	@Override
	public AttributeValue write(Object value) {
		return AttributeValue.fromM(writeItem(value));
	}

	@Override
	public Object read(AttributeValue value) {
		if (!value.hasM()) {
			throw new ValueException(value, "expected a map attribute for nested " + this.entity.getType().getSimpleName());
		}
		return readItem(value.m());
	}

	@Override
	public Class<?> type() {
		return this.entity.getType();
	}

	/** Constructor arguments from the item being read. */
	private final class ItemParameters implements ParameterValueProvider<DynamitePersistentProperty> {

		private final Map<String, AttributeValue> item;

		ItemParameters(Map<String, AttributeValue> item) {
			this.item = item;
		}

		@Override
		@SuppressWarnings("unchecked")
		public <P> @Nullable P getParameterValue(Parameter<P, DynamitePersistentProperty> parameter) {
			String name = parameter.getName();
			PropertyCodec codec = (name != null) ? EntityCodec.this.parameters.get(name) : null;
			AttributeValue attribute = (codec != null) ? this.item.get(codec.attributeName()) : null;
			Object value = (attribute != null) ? codec.read(attribute) : null;
			if (value == null && parameter.getRawType().isPrimitive()) {
				return (P) ParameterValueProvider.getDefaultValue(parameter.getRawType());
			}
			return (P) value;
		}
	}
}
