package dev.dynamite.repository.support;

import org.jspecify.annotations.Nullable;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.core.support.RepositoryFactoryBeanSupport;
import org.springframework.data.repository.core.support.RepositoryFactorySupport;
import org.springframework.util.Assert;

import dev.dynamite.core.DynamiteOperations;

/**
 * The Spring {@link org.springframework.beans.factory.FactoryBean} of a Dynamite repository, registered by
 * {@link dev.dynamite.repository.config.EnableDynamiteRepositories @EnableDynamiteRepositories} with the
 * {@link DynamiteOperations} bean it uses.
 *
 * @param <T> the repository type
 * @param <S> the entity type
 * @param <ID> the key type
 */
public class DynamiteRepositoryFactoryBean<T extends Repository<S, ID>, S, ID>
		extends RepositoryFactoryBeanSupport<T, S, ID> {

	private @Nullable DynamiteOperations operations;

	/**
	 * A factory bean for the given repository interface.
	 * @param repositoryInterface the repository interface
	 */
	public DynamiteRepositoryFactoryBean(Class<? extends T> repositoryInterface) {
		super(repositoryInterface);
	}

	/**
	 * The operations the repository uses (the {@code dynamiteTemplate} bean by default).
	 * @param operations the operations
	 */
	public void setDynamiteOperations(DynamiteOperations operations) {
		Assert.notNull(operations, "DynamiteOperations must not be null");
		this.operations = operations;
		setMappingContext(operations.getMappingContext());
	}

	@Override
	protected RepositoryFactorySupport createRepositoryFactory() {
		Assert.state(this.operations != null, "DynamiteOperations must be set");
		return new DynamiteRepositoryFactory(this.operations);
	}

	@Override
	public void afterPropertiesSet() {
		Assert.state(this.operations != null, "DynamiteOperations must be set");
		super.afterPropertiesSet();
	}
}
