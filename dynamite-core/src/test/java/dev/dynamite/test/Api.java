package dev.dynamite.test;

import dev.dynamite.Dynamite;
import dev.dynamite.core.DynamiteOperations;
import dev.dynamite.repository.support.DynamiteRepositoryFactory;

/**
 * The two implementations a behaviour suite runs against: a {@code @ParameterizedClass} over this enum runs each
 * test on the sync template and on the async one (seen through {@link BlockingAsyncOperations}).
 */
public enum Api {

	SYNC, ASYNC;

	/** The operations of this implementation. */
	public DynamiteOperations operations(Dynamite dynamite) {
		return this == SYNC ? dynamite.template() : new BlockingAsyncOperations(dynamite.asyncTemplate());
	}

	/** A repository on the operations of this implementation. */
	public <R> R repository(Dynamite dynamite, Class<R> repositoryInterface) {
		return this == SYNC ? dynamite.repository(repositoryInterface)
				: new DynamiteRepositoryFactory(operations(dynamite)).getRepository(repositoryInterface);
	}
}
