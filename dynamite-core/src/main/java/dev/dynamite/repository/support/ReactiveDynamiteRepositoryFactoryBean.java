package dev.dynamite.repository.support;

import org.jspecify.annotations.Nullable;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.core.support.RepositoryFactoryBeanSupport;
import org.springframework.data.repository.core.support.RepositoryFactorySupport;
import org.springframework.util.Assert;

import dev.dynamite.core.AsyncDynamiteOperations;

/**
 * The Spring {@link org.springframework.beans.factory.FactoryBean} of a reactive Dynamite repository, registered by
 * {@link dev.dynamite.repository.config.EnableReactiveDynamiteRepositories @EnableReactiveDynamiteRepositories} with
 * the {@link AsyncDynamiteOperations} bean it uses.
 *
 * @param <T> the repository type
 * @param <S> the entity type
 * @param <ID> the key type
 */
public class ReactiveDynamiteRepositoryFactoryBean<T extends Repository<S, ID>, S, ID>
		extends RepositoryFactoryBeanSupport<T, S, ID> {

	private @Nullable AsyncDynamiteOperations operations;

	/**
	 * A factory bean for the given repository interface.
	 * @param repositoryInterface the repository interface
	 */
	public ReactiveDynamiteRepositoryFactoryBean(Class<? extends T> repositoryInterface) {
		super(repositoryInterface);
	}

	/**
	 * The async operations the repository uses (the {@code asyncDynamiteTemplate} bean by default).
	 * @param operations the operations
	 */
	public void setAsyncDynamiteOperations(AsyncDynamiteOperations operations) {
		Assert.notNull(operations, "AsyncDynamiteOperations must not be null");
		this.operations = operations;
		setMappingContext(operations.getMappingContext());
	}

	@Override
	protected RepositoryFactorySupport createRepositoryFactory() {
		Assert.state(this.operations != null, "AsyncDynamiteOperations must be set");
		return new ReactiveDynamiteRepositoryFactory(this.operations);
	}

	@Override
	public void afterPropertiesSet() {
		Assert.state(this.operations != null, "AsyncDynamiteOperations must be set");
		super.afterPropertiesSet();
	}
}
