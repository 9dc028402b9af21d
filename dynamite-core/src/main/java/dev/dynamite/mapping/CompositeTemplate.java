package dev.dynamite.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * A parsed key template of single-table design ({@link KeyTemplate @KeyTemplate}, {@link IndexTemplate
 * &#64;IndexTemplate}): literal text and {@code {field}} placeholders, checked against the entity. It composes a key
 * from field values ({@link KeyValueEncoding}) and, for reads, the longest prefix that a filter's equalities bind.
 * Immutable.
 */
public final class CompositeTemplate {

	private final String source;

	private final List<Object> segments;

	private final List<DynamitePersistentProperty> fields;

	private CompositeTemplate(String source, List<Object> segments) {
		this.source = source;
		this.segments = List.copyOf(segments);
		this.fields = segments.stream()
			.filter(DynamitePersistentProperty.class::isInstance)
			.map(DynamitePersistentProperty.class::cast)
			.toList();
	}

	/**
	 * Parses a template against the entity's fields.
	 * @param template the template text
	 * @param entity the entity whose fields the placeholders name
	 * @param role what the template composes, for messages (e.g. "@KeyTemplate partition")
	 * @return the template
	 * @throws InvalidEntityException naming the entity, the template and the problem
	 */
	public static CompositeTemplate parse(String template, DynamitePersistentEntity<?> entity, String role) {
		List<Object> segments = new ArrayList<>();
		int i = 0;
		while (i < template.length()) {
			int open = template.indexOf('{', i);
			int close = template.indexOf('}', i);
			if (open < 0) {
				if (close >= 0) {
					throw invalid(entity, role, template, "has a '}' without its '{'");
				}
				segments.add(template.substring(i));
				break;
			}
			if (close >= 0 && close < open) {
				throw invalid(entity, role, template, "has a '}' without its '{'");
			}
			if (open > i) {
				segments.add(template.substring(i, open));
			}
			int end = template.indexOf('}', open);
			if (end < 0) {
				throw invalid(entity, role, template, "has a '{' without its '}'");
			}
			String name = template.substring(open + 1, end);
			DynamitePersistentProperty property = entity.findField(name);
			if (property == null) {
				throw invalid(entity, role, template, "names '%s', which is no field; known fields: %s".formatted(name,
						entity.fieldNames()));
			}
			if (!KeyValueEncoding.supports(property.getType())) {
				throw invalid(entity, role, template, ("names '%s' of type %s, which has no order-preserving key form; use "
						+ "a string, a whole number, a date or time, an enum, a UUID or a boolean").formatted(name,
								property.getType().getSimpleName()));
			}
			if (!segments.isEmpty() && segments.get(segments.size() - 1) instanceof DynamitePersistentProperty) {
				throw invalid(entity, role, template, "puts two placeholders side by side; separate them with literal "
						+ "text such as '#'");
			}
			segments.add(property);
			i = end + 1;
		}
		if (segments.isEmpty()) {
			throw invalid(entity, role, template, "is empty");
		}
		return new CompositeTemplate(template, segments);
	}

	private static InvalidEntityException invalid(DynamitePersistentEntity<?> entity, String role, String template,
			String problem) {
		return new InvalidEntityException(entity.getType(), "Entity %s: %s template '%s' %s".formatted(
				entity.getType().getName(), role, template, problem));
	}

	/**
	 * The template text as declared.
	 * @return the template text
	 */
	public String source() {
		return this.source;
	}

	/**
	 * The fields the template names, in order.
	 * @return the fields
	 */
	public List<DynamitePersistentProperty> fields() {
		return this.fields;
	}

	/**
	 * The literal text before the first placeholder (the whole key for a template without fields): what every key of
	 * the type starts with.
	 * @return the literal prefix
	 */
	public String literalPrefix() {
		return this.segments.get(0) instanceof String literal ? literal : "";
	}

	/**
	 * The key composed from the fields' values.
	 * @param values a field's value ({@code null} when it has none)
	 * @return the key
	 * @throws IllegalArgumentException naming the field when a value is missing
	 */
	public String compose(Function<DynamitePersistentProperty, @Nullable Object> values) {
		StringBuilder key = new StringBuilder();
		for (Object segment : this.segments) {
			if (segment instanceof String literal) {
				key.append(literal);
			}
			else {
				DynamitePersistentProperty property = (DynamitePersistentProperty) segment;
				Object value = values.apply(property);
				if (value == null) {
					throw new IllegalArgumentException("Entity %s: field '%s' is null, but the key template '%s' needs it"
						.formatted(property.getOwner().getType().getSimpleName(), property.getName(), this.source));
				}
				key.append(KeyValueEncoding.encode(value));
			}
		}
		return key.toString();
	}

	/**
	 * What equalities on some fields tell of the key: the text up to the first field without a value, and that field.
	 * @param bound the fields with an equality, and their values
	 * @return the prefix
	 */
	public Prefix prefix(Map<DynamitePersistentProperty, Object> bound) {
		StringBuilder text = new StringBuilder();
		for (Object segment : this.segments) {
			if (segment instanceof String literal) {
				text.append(literal);
				continue;
			}
			DynamitePersistentProperty property = (DynamitePersistentProperty) segment;
			Object value = bound.get(property);
			if (value == null) {
				return new Prefix(text.toString(), property, false);
			}
			text.append(KeyValueEncoding.encode(value));
		}
		return new Prefix(text.toString(), null, true);
	}

	@Override
	public String toString() {
		return this.source;
	}

	/**
	 * The known start of a key.
	 * @param text the key's start (the whole key when complete)
	 * @param next the first field without a value, or {@code null} when every field has one
	 * @param complete whether the text is the whole key
	 */
	public record Prefix(String text, @Nullable DynamitePersistentProperty next, boolean complete) {
	}
}
