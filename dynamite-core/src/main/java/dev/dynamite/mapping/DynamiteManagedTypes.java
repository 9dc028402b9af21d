package dev.dynamite.mapping;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.data.domain.ManagedTypes;

/**
 * The {@link DynamiteTable @DynamiteTable} classes of an application, as Spring Data's {@link ManagedTypes}: the
 * entity scan's result, given to the {@link DynamiteMappingContext}. Ahead of time (Spring AOT), a bean of this
 * type is replaced by the list of classes found at build time, so the entities are not scanned again at start-up,
 * and each of them gets the reflection hints that a native image needs.
 */
public final class DynamiteManagedTypes implements ManagedTypes {

	private final List<Class<?>> types;

	private DynamiteManagedTypes(List<Class<?>> types) {
		this.types = List.copyOf(types);
	}

	/**
	 * @param types the entity classes
	 * @return them as managed types
	 */
	public static DynamiteManagedTypes from(Class<?>... types) {
		return new DynamiteManagedTypes(Arrays.asList(types));
	}

	/**
	 * @param types the entity classes
	 * @return them as managed types (the factory that AOT-generated code calls)
	 */
	public static DynamiteManagedTypes from(ManagedTypes types) {
		return new DynamiteManagedTypes(types.toList());
	}

	/**
	 * @param types the entity classes
	 * @return them as managed types
	 */
	public static DynamiteManagedTypes fromIterable(Iterable<? extends Class<?>> types) {
		List<Class<?>> list = new java.util.ArrayList<>();
		types.forEach(list::add);
		return new DynamiteManagedTypes(list);
	}

	/**
	 * No entity classes.
	 * @return the dynamite managed types
	 */
	public static DynamiteManagedTypes empty() {
		return new DynamiteManagedTypes(List.of());
	}

	@Override
	public void forEach(Consumer<Class<?>> action) {
		this.types.forEach(action);
	}

	@Override
	public List<Class<?>> toList() {
		return this.types;
	}

	@Override
	public String toString() {
		return "DynamiteManagedTypes" + this.types.stream().map(Class::getName).toList();
	}
}
