package dev.dynamite.mapping;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeanInstantiationException;
import org.springframework.beans.BeanUtils;

/**
 * The value pipeline of one field: {@link WriteTransform @WriteTransform}s, then {@link Validate @Validate}s before a
 * write; {@link ReadTransform @ReadTransform}s after a read, the seed's {@code @Set}, {@code @Validate} and
 * {@code @Get} order.
 */
public final class FieldPipeline {

	private static final FieldPipeline EMPTY = new FieldPipeline(List.of(), List.of(), List.of());

	private final List<ValueTransformer<Object>> writes;

	private final List<ValueValidator<Object>> validators;

	private final List<ValueTransformer<Object>> reads;

	private FieldPipeline(List<ValueTransformer<Object>> writes, List<ValueValidator<Object>> validators,
			List<ValueTransformer<Object>> reads) {
		this.writes = writes;
		this.validators = validators;
		this.reads = reads;
	}

	static FieldPipeline of(DynamitePersistentProperty property) {
		WriteTransform write = property.findAnnotation(WriteTransform.class);
		Validate validate = property.findAnnotation(Validate.class);
		ReadTransform read = property.findAnnotation(ReadTransform.class);
		if (write == null && validate == null && read == null) {
			return EMPTY;
		}
		return new FieldPipeline(instances(property, write == null ? null : write.value()),
				instances(property, validate == null ? null : validate.value()),
				instances(property, read == null ? null : read.value()));
	}

	@SuppressWarnings("unchecked")
	private static <F> List<F> instances(DynamitePersistentProperty property, Class<?> @Nullable [] types) {
		if (types == null) {
			return List.of();
		}
		List<F> instances = new ArrayList<>(types.length);
		for (Class<?> type : types) {
			try {
				instances.add((F) BeanUtils.instantiateClass(type));
			}
			catch (BeanInstantiationException ex) {
				throw new InvalidEntityException(property.getOwner().getType(), ("Entity %s: %s of field '%s' cannot be "
						+ "created: it needs a public no-argument constructor (%s)").formatted(
								property.getOwner().getType().getName(), type.getName(), property.getName(), ex.getMessage()));
			}
		}
		return List.copyOf(instances);
	}

	/**
	 * Whether the field has anything to apply before a write.
	 * @return whether the field has write transforms or validators
	 */
	public boolean appliesOnWrite() {
		return !this.writes.isEmpty() || !this.validators.isEmpty();
	}

	/**
	 * Whether the field has read transforms.
	 * @return whether the field has read transforms
	 */
	public boolean appliesOnRead() {
		return !this.reads.isEmpty();
	}

	/**
	 * The value after the write transforms ({@code null} stays {@code null}).
	 * @param value the value
	 * @return the transformed value
	 */
	public @Nullable Object beforeWrite(@Nullable Object value) {
		Object current = value;
		for (ValueTransformer<Object> transformer : this.writes) {
			if (current == null) {
				return null;
			}
			current = transformer.apply(current);
		}
		return current;
	}

	/**
	 * The first validator's message for the value, or {@code null} when every validator accepts it.
	 * @param value the value (after the write transforms)
	 * @return the message, or {@code null}
	 */
	public @Nullable String invalid(@Nullable Object value) {
		for (ValueValidator<Object> validator : this.validators) {
			String message = validator.validate(value);
			if (message != null) {
				return message;
			}
		}
		return null;
	}

	/**
	 * The value after the read transforms ({@code null} stays {@code null}).
	 * @param value the value as read
	 * @return the transformed value
	 */
	public @Nullable Object afterRead(@Nullable Object value) {
		Object current = value;
		for (ValueTransformer<Object> transformer : this.reads) {
			if (current == null) {
				return null;
			}
			current = transformer.apply(current);
		}
		return current;
	}
}
