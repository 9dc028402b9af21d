package dev.dynamite.core.convert;

import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.core.convert.ConversionService;
import org.springframework.data.core.TypeInformation;
import org.springframework.data.mapping.model.EntityInstantiators;
import org.springframework.util.ClassUtils;

import dev.dynamite.mapping.DynamiteMappingContext;
import dev.dynamite.mapping.DynamitePersistentEntity;
import dev.dynamite.mapping.DynamitePersistentProperty;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverterProvider;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;

/**
 * Resolves and caches the codecs: one {@link EntityCodec} per class, with a {@link ValueCodec} per property chosen
 * once (the field's {@code @Convert} converter, a user converter for its type, enum, collection, map, nested entity,
 * the built-in {@code Date} converter, SDK default converter, in that order). Lookups are
 * lock-free; building takes a lock so that self-referencing entities resolve to one codec.
 */
final class CodecFactory {

	private final DynamiteMappingContext mappingContext;

	private final List<AttributeConverter<?>> customConverters;

	private final AttributeConverterProvider defaults = AttributeConverterProvider.defaultProvider();

	private final EntityInstantiators instantiators;

	private final ConversionService conversionService;

	private final ValueCoercion coercion;

	private final Map<Class<?>, EntityCodec<?>> entities = new ConcurrentHashMap<>();

	/** Codecs under construction by the thread holding the lock; published when the outermost build completes. */
	private final Map<Class<?>, EntityCodec<?>> building = new HashMap<>();

	CodecFactory(DynamiteMappingContext mappingContext, List<AttributeConverter<?>> customConverters,
			EntityInstantiators instantiators, ConversionService conversionService) {
		this.mappingContext = mappingContext;
		this.customConverters = List.copyOf(customConverters);
		this.instantiators = instantiators;
		this.conversionService = conversionService;
		this.coercion = new ValueCoercion(conversionService);
	}

	/** The codec of an entity class, built on first use. */
	@SuppressWarnings("unchecked")
	<T> EntityCodec<T> entity(Class<T> type) {
		EntityCodec<?> codec = this.entities.get(type);
		return (EntityCodec<T>) ((codec != null) ? codec : build(type));
	}

	private synchronized EntityCodec<?> build(Class<?> type) {
		boolean outermost = this.building.isEmpty();
		try {
			EntityCodec<?> codec = entityCodec(type);
			if (outermost) {
				this.entities.putAll(this.building);
			}
			return codec;
		}
		finally {
			if (outermost) {
				this.building.clear();
			}
		}
	}

	private EntityCodec<?> entityCodec(Class<?> type) {
		EntityCodec<?> codec = this.entities.get(type);
		if (codec == null) {
			codec = this.building.get(type);
		}
		if (codec != null) {
			return codec;
		}
		DynamitePersistentEntity<?> entity = this.mappingContext.getRequiredPersistentEntity(type);
		EntityCodec<?> created = new EntityCodec<>(entity, this.instantiators.getInstantiatorFor(entity));
		this.building.put(type, created);
		List<PropertyCodec> properties = new ArrayList<>();
		for (DynamitePersistentProperty property : entity) {
			if (!property.isTransient()) {
				AttributeConverter<?> own = property.getConverter();
				if (own == null && property.isTtl() && property.getType() == Instant.class) {
					own = EpochSecondsConverter.INSTANCE;
				}
				ValueCodec value = (own != null)
						? new ScalarCodec(own, ClassUtils.resolvePrimitiveIfNecessary(property.getType()), true)
						: valueCodec(property.getTypeInformation(), property);
				properties.add(new PropertyCodec(property, value, this.coercion));
			}
		}
		created.initialize(properties);
		return created;
	}

	private ValueCodec valueCodec(TypeInformation<?> type, DynamitePersistentProperty property) {
		Class<?> raw = ClassUtils.resolvePrimitiveIfNecessary(type.getType());
		AttributeConverter<?> custom = customConverter(raw);
		if (custom != null) {
			return new ScalarCodec(custom, raw, true);
		}
		if (raw.isEnum()) {
			return new EnumCodec(raw);
		}
		if (CollectionCodec.isBinary(raw)) {
			return scalar(raw, property);
		}
		if (type.isCollectionLike()) {
			return collectionCodec(type, raw, property);
		}
		if (type.isMap()) {
			return mapCodec(type, raw, property);
		}
		if (isNestable(raw) && this.mappingContext.getPersistentEntity(raw) != null) {
			return entityCodec(raw);
		}
		return scalar(raw, property);
	}

	private ValueCodec collectionCodec(TypeInformation<?> type, Class<?> raw, DynamitePersistentProperty property) {
		TypeInformation<?> elementType = type.getComponentType();
		Class<?> element = (elementType != null) ? ClassUtils.resolvePrimitiveIfNecessary(elementType.getType())
				: Object.class;
		if (elementType == null || element == Object.class) {
			throw unsupported(property, type, Object.class);
		}
		ValueCodec elementCodec = valueCodec(elementType, property);
		CollectionCodec.Kind kind = CollectionCodec.Kind.LIST;
		if (Set.class.isAssignableFrom(raw) && elementCodec instanceof ScalarCodec scalar && !scalar.isCustom()) {
			if (element == String.class) {
				kind = CollectionCodec.Kind.STRING_SET;
			}
			else if (Number.class.isAssignableFrom(element)) {
				kind = CollectionCodec.Kind.NUMBER_SET;
			}
			else if (CollectionCodec.isBinary(element)) {
				kind = CollectionCodec.Kind.BINARY_SET;
			}
		}
		return new CollectionCodec(type.getType(), element, elementCodec, kind);
	}

	private ValueCodec mapCodec(TypeInformation<?> type, Class<?> raw, DynamitePersistentProperty property) {
		TypeInformation<?> keyType = type.getComponentType();
		TypeInformation<?> valueType = type.getMapValueType();
		Class<?> key = (keyType != null) ? ClassUtils.resolvePrimitiveIfNecessary(keyType.getType()) : Object.class;
		if (valueType == null || valueType.getType() == Object.class) {
			throw unsupported(property, type, Object.class);
		}
		ConversionService keyConversion = null;
		if (key != String.class) {
			if (key == Object.class || !this.conversionService.canConvert(key, String.class)
					|| !this.conversionService.canConvert(String.class, key)) {
				throw new IllegalArgumentException(("Field '%s' of entity %s has type %s: DynamoDB map keys are strings, "
						+ "use String (or enum, UUID, number) keys").formatted(property.getName(),
								property.getOwner().getType().getSimpleName(), describe(type)));
			}
			keyConversion = this.conversionService;
		}
		return new MapCodec(raw, key, valueCodec(valueType, property), keyConversion);
	}

	private ScalarCodec scalar(Class<?> raw, DynamitePersistentProperty property) {
		if (raw == Date.class) {
			return new ScalarCodec(DateAttributeConverter.INSTANCE, raw, false);
		}
		if (raw != Object.class) {
			try {
				return new ScalarCodec(this.defaults.converterFor(EnhancedType.of(raw)), raw, false);
			}
			catch (RuntimeException ex) {
				// no SDK converter for this type
			}
		}
		throw unsupported(property, property.getTypeInformation(), raw);
	}

	private @Nullable AttributeConverter<?> customConverter(Class<?> type) {
		for (AttributeConverter<?> converter : this.customConverters) {
			if (converter.type().rawClass() == type) {
				return converter;
			}
		}
		for (AttributeConverter<?> converter : this.customConverters) {
			if (converter.type().rawClass().isAssignableFrom(type)) {
				return converter;
			}
		}
		return null;
	}

	/** Whether a class may be stored as a nested entity: a concrete application class, not a platform type. */
	private static boolean isNestable(Class<?> type) {
		String name = type.getName();
		return !type.isInterface() && !Modifier.isAbstract(type.getModifiers()) && !type.isArray()
				&& !type.isPrimitive() && !name.startsWith("java.") && !name.startsWith("javax.")
				&& !name.startsWith("jdk.") && !name.startsWith("sun.") && !name.startsWith("com.sun.")
				&& !name.startsWith("software.amazon.");
	}

	private static IllegalArgumentException unsupported(DynamitePersistentProperty property, TypeInformation<?> type,
			Class<?> offending) {
		String detail = (offending == type.getType()) ? "" : " (element type %s)".formatted(offending.getName());
		return new IllegalArgumentException(("Field '%s' of entity %s has type %s%s, which Dynamite cannot store: "
				+ "register an AttributeConverter for it (Dynamite.builder().converters(...)) or mark the field @Transient")
			.formatted(property.getName(), property.getOwner().getType().getSimpleName(), describe(type), detail));
	}

	private static String describe(TypeInformation<?> type) {
		return type.toTypeDescriptor().getResolvableType().toString();
	}
}
