package dev.dynamite.mapping;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.type.MethodMetadata;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.SimpleMetadataReaderFactory;
import org.springframework.util.ReflectionUtils;

/**
 * The lifecycle methods of an entity class ({@link BeforeCreate @BeforeCreate}, ..., {@link AfterDestroy
 * &#64;AfterDestroy}), found once, checked once (an instance method without parameters; the update hooks may take one
 * {@code Map}), in declaration order: Java reflection gives no order, so the order is read from the class files, a
 * superclass's methods first.
 */
public final class LifecycleMethods {

	/** The six kinds. */
	public static final List<Class<? extends Annotation>> KINDS = List.of(BeforeCreate.class, AfterCreate.class,
			BeforeUpdate.class, AfterUpdate.class, BeforeDestroy.class, AfterDestroy.class);

	private static final Set<Class<? extends Annotation>> TAKING_CHANGES = Set.of(BeforeUpdate.class, AfterUpdate.class);

	private final Map<Class<? extends Annotation>, List<Method>> methods;

	private LifecycleMethods(Map<Class<? extends Annotation>, List<Method>> methods) {
		this.methods = methods;
	}

	/**
	 * The lifecycle methods of a class.
	 * @param type the entity class
	 * @return its lifecycle methods
	 * @throws InvalidEntityException naming the method when one has a signature Dynamite cannot call
	 */
	public static LifecycleMethods of(Class<?> type) {
		Map<Class<? extends Annotation>, List<Method>> found = new LinkedHashMap<>();
		List<Class<?>> hierarchy = new ArrayList<>();
		for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
			hierarchy.add(0, current);
		}
		for (Class<? extends Annotation> kind : KINDS) {
			List<Method> ofKind = new ArrayList<>();
			for (Class<?> declaring : hierarchy) {
				for (Method method : declared(declaring, kind)) {
					check(type, kind, method);
					ReflectionUtils.makeAccessible(method);
					ofKind.add(method);
				}
			}
			if (!ofKind.isEmpty()) {
				found.put(kind, List.copyOf(ofKind));
			}
		}
		return new LifecycleMethods(found);
	}

	/**
	 * Whether the class has methods of this kind.
	 * @param kind the annotation
	 * @return whether the class has methods of this kind
	 */
	public boolean has(Class<? extends Annotation> kind) {
		return this.methods.containsKey(kind);
	}

	/**
	 * The methods of this kind, in declaration order.
	 * @param kind the annotation
	 * @return the methods of this kind, in declaration order
	 */
	public List<Method> get(Class<? extends Annotation> kind) {
		return this.methods.getOrDefault(kind, List.of());
	}

	/**
	 * Runs the methods of this kind on the instance, in declaration order.
	 * @param kind the annotation
	 * @param bean the entity instance
	 * @param changes the changes by field name, for the methods that take them
	 */
	public void run(Class<? extends Annotation> kind, Object bean, Map<String, ?> changes) {
		for (Method method : get(kind)) {
			try {
				if (method.getParameterCount() == 1) {
					method.invoke(bean, Collections.unmodifiableMap(changes));
				}
				else {
					method.invoke(bean);
				}
			}
			catch (InvocationTargetException ex) {
				ReflectionUtils.rethrowRuntimeException(ex.getTargetException());
			}
			catch (IllegalAccessException ex) {
				throw new IllegalStateException("Cannot call @%s method %s".formatted(kind.getSimpleName(), method), ex);
			}
		}
	}

	/** The class's own methods with the annotation, in the order of its class file (the source's order). */
	private static List<Method> declared(Class<?> declaring, Class<? extends Annotation> kind) {
		List<Method> annotated = new ArrayList<>();
		for (Method method : declaring.getDeclaredMethods()) {
			if (method.isAnnotationPresent(kind) && !method.isBridge() && !method.isSynthetic()) {
				annotated.add(method);
			}
		}
		if (annotated.size() < 2) {
			return annotated;
		}
		List<String> order = sourceOrder(declaring, kind);
		annotated.sort((a, b) -> Integer.compare(position(order, a), position(order, b)));
		return annotated;
	}

	private static int position(List<String> order, Method method) {
		int index = order.indexOf(method.getName());
		return index < 0 ? Integer.MAX_VALUE : index;
	}

	private static List<String> sourceOrder(Class<?> declaring, Class<? extends Annotation> kind) {
		ClassLoader loader = declaring.getClassLoader();
		try {
			MetadataReader reader = new SimpleMetadataReaderFactory(loader).getMetadataReader(declaring.getName());
			List<String> names = new ArrayList<>();
			for (MethodMetadata method : reader.getAnnotationMetadata().getAnnotatedMethods(kind.getName())) {
				names.add(method.getMethodName());
			}
			return names;
		}
		catch (IOException | RuntimeException ex) {
			// no class file to read (a native image): keep reflection's order
			return List.of();
		}
	}

	private static void check(Class<?> entity, Class<? extends Annotation> kind, Method method) {
		boolean takesChanges = method.getParameterCount() == 1 && TAKING_CHANGES.contains(kind)
				&& Map.class.isAssignableFrom(method.getParameterTypes()[0]);
		if (Modifier.isStatic(method.getModifiers()) || (method.getParameterCount() != 0 && !takesChanges)) {
			String allowed = TAKING_CHANGES.contains(kind) ? "no parameters or one Map<String, ?> of changes" : "no parameters";
			throw new InvalidEntityException(entity, "Entity %s: @%s method %s(%s) cannot be called: it must be an instance method with %s"
				.formatted(entity.getName(), kind.getSimpleName(), method.getName(),
						String.join(", ", java.util.Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName).toList()),
						allowed));
		}
	}

	@Override
	public String toString() {
		return "LifecycleMethods" + this.methods.keySet().stream().map(Class::getSimpleName).toList();
	}

	/** No lifecycle methods. */
	static final LifecycleMethods NONE = new LifecycleMethods(Map.of());

	/**
	 * No lifecycle methods.
	 * @return no lifecycle methods
	 */
	public static LifecycleMethods none() {
		return NONE;
	}

	/**
	 * Whether there are none.
	 * @return whether there are none
	 */
	public boolean isEmpty() {
		return this.methods.isEmpty();
	}
}
