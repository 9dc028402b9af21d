package dev.dynamite.core.convert;

import java.lang.reflect.Array;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.core.CollectionFactory;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A collection or array: sets of strings, numbers and binaries become DynamoDB sets (SS, NS, BS; an empty one is
 * omitted, DynamoDB cannot store it), every other collection becomes a list (L) of its converted elements. Reading
 * accepts any of the four forms.
 */
final class CollectionCodec implements ValueCodec {

	/** How the collection is stored. */
	enum Kind {

		LIST, STRING_SET, NUMBER_SET, BINARY_SET

	}

	private static final AttributeValue NUL = AttributeValue.fromNul(true);

	private final Class<?> type;

	private final Class<?> elementType;

	private final ValueCodec element;

	private final Kind kind;

	private final boolean array;

	private final boolean stringElements;

	CollectionCodec(Class<?> type, Class<?> elementType, ValueCodec element, Kind kind) {
		this.type = type;
		this.elementType = elementType;
		this.element = element;
		this.kind = kind;
		this.array = type.isArray();
		this.stringElements = elementType == String.class && element instanceof ScalarCodec scalar && !scalar.isCustom();
	}

	/** The codec of one element. */
	ValueCodec element() {
		return this.element;
	}

	/** Whether this collection is stored as a DynamoDB set (SS, NS or BS). */
	boolean isDynamoSet() {
		return this.kind != Kind.LIST;
	}

	@Override
	public Class<?> type() {
		return this.type;
	}

	@Override
	public @Nullable AttributeValue write(Object value) {
		int size = this.array ? Array.getLength(value) : ((Collection<?>) value).size();
		if (size == 0 && this.kind != Kind.LIST) {
			return null;
		}
		if (this.kind == Kind.LIST) {
			List<AttributeValue> list = new ArrayList<>(size);
			if (this.array) {
				for (int i = 0; i < size; i++) {
					list.add(writeElement(Array.get(value, i)));
				}
			}
			else {
				for (Object each : (Collection<?>) value) {
					list.add(writeElement(each));
				}
			}
			return AttributeValue.fromL(list);
		}
		return writeSet((Collection<?>) value, size);
	}

	private AttributeValue writeElement(@Nullable Object value) {
		if (value == null) {
			return NUL;
		}
		AttributeValue written = this.element.write(value);
		return (written != null) ? written : NUL;
	}

	private AttributeValue writeSet(Collection<?> values, int size) {
		if (this.kind == Kind.BINARY_SET) {
			List<SdkBytes> bytes = new ArrayList<>(size);
			for (Object each : values) {
				bytes.add(setElement(each).b());
			}
			return AttributeValue.fromBs(bytes);
		}
		List<String> strings = new ArrayList<>(size);
		for (Object each : values) {
			if (this.stringElements && each instanceof String string) {
				strings.add(string);
			}
			else {
				AttributeValue written = setElement(each);
				strings.add((this.kind == Kind.STRING_SET) ? written.s() : written.n());
			}
		}
		return (this.kind == Kind.STRING_SET) ? AttributeValue.fromSs(strings) : AttributeValue.fromNs(strings);
	}

	private AttributeValue setElement(@Nullable Object value) {
		if (value == null) {
			throw new ValueException("null", "a DynamoDB set cannot hold null");
		}
		return this.element.write(value);
	}

	@Override
	public Object read(AttributeValue value) {
		if (value.hasL()) {
			List<AttributeValue> list = value.l();
			Object result = create(list.size());
			int i = 0;
			for (AttributeValue each : list) {
				add(result, i++, ValueCodec.isNul(each) ? null : this.element.read(each));
			}
			return result;
		}
		if (value.hasSs()) {
			List<String> strings = value.ss();
			Object result = create(strings.size());
			int i = 0;
			for (String each : strings) {
				add(result, i++, this.stringElements ? each : this.element.read(AttributeValue.fromS(each)));
			}
			return result;
		}
		if (value.hasNs()) {
			List<String> numbers = value.ns();
			Object result = create(numbers.size());
			int i = 0;
			for (String each : numbers) {
				add(result, i++, this.element.read(AttributeValue.fromN(each)));
			}
			return result;
		}
		if (value.hasBs()) {
			List<SdkBytes> binaries = value.bs();
			Object result = create(binaries.size());
			int i = 0;
			for (SdkBytes each : binaries) {
				add(result, i++, this.element.read(AttributeValue.fromB(each)));
			}
			return result;
		}
		throw new ValueException(value, "expected a list or set attribute");
	}

	private Object create(int size) {
		if (this.array) {
			return Array.newInstance(this.type.getComponentType(), size);
		}
		return CollectionFactory.createCollection(this.type, this.elementType, size);
	}

	@SuppressWarnings("unchecked")
	private void add(Object target, int index, @Nullable Object element) {
		if (this.array) {
			if (element != null || !this.type.getComponentType().isPrimitive()) {
				Array.set(target, index, element);
			}
		}
		else {
			((Collection<Object>) target).add(element);
		}
	}

	/** Whether the element type is stored as bytes (for the binary-set choice). */
	static boolean isBinary(Class<?> type) {
		return type == byte[].class || type == SdkBytes.class || type == ByteBuffer.class;
	}
}
