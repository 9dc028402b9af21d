package org.springframework.boot.testcontainers.service.connection;

import org.springframework.boot.origin.Origin;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.annotation.MergedAnnotations;
import org.testcontainers.containers.Container;

/**
 * Builds the {@link ContainerConnectionSource} that Spring Boot makes of a {@code @ServiceConnection} field (its
 * constructor is package-private), so that connection-details factories can be tested with a container that is
 * never started: no Docker needed.
 */
public final class ContainerConnectionSources {

	private ContainerConnectionSources() {
	}

	/**
	 * @param type the declared type of the {@code @ServiceConnection} field
	 * @param imageName the container's image name
	 * @param container the container
	 * @return the source of a {@code @ServiceConnection} without a name
	 */
	public static <C extends Container<?>> ContainerConnectionSource<C> of(Class<C> type, String imageName,
			C container) {
		Origin origin = new Origin() {

			@Override
			public String toString() {
				return "test container " + imageName;
			}
		};
		return new ContainerConnectionSource<>("test", origin, type, imageName,
				MergedAnnotation.of(ServiceConnection.class), () -> container, null, MergedAnnotations.of(java.util.List.of()));
	}
}
