package dev.dynamite.repository.query;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.data.repository.query.ParametersParameterAccessor;
import org.springframework.data.repository.query.QueryCreationException;
import org.springframework.data.repository.query.QueryMethod;
import org.springframework.data.repository.query.RepositoryQuery;
import org.springframework.data.repository.query.ResultProcessor;
import org.springframework.data.repository.query.parser.PartTree;

import dev.dynamite.core.AsyncDynamiteOperations;
import dev.dynamite.core.Filter;
import dev.dynamite.core.QueryOptions;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A derived query method of a reactive repository ({@code Flux<User> findByRole(String)},
 * {@code Mono<User> findFirstByRoleOrderByAgeDesc(String)}, {@code Mono<Long> countByActive(boolean)}): compiled
 * once by the same {@link PartTreeCompilation} as the sync one, run lazily on {@link AsyncDynamiteOperations}.
 */
public class ReactivePartTreeDynamiteQuery implements RepositoryQuery {

	private final QueryMethod method;

	private final AsyncDynamiteOperations operations;

	private final PartTreeCompilation compilation;

	private final String description;

	private final boolean many;

	/**
	 * @param method the query method (returning a {@code Mono} or {@code Flux})
	 * @param many whether it returns a {@code Flux}
	 * @param repositoryInterface the repository declaring it
	 * @param operations the operations to run the query with
	 * @throws QueryCreationException naming the method when it cannot be derived
	 */
	public ReactivePartTreeDynamiteQuery(QueryMethod method, boolean many, Class<?> repositoryInterface,
			AsyncDynamiteOperations operations) {
		this.method = method;
		this.many = many;
		this.operations = operations;
		this.description = repositoryInterface.getSimpleName() + "." + method.getName();
		this.compilation = new PartTreeCompilation(method, this.description, operations.getMappingContext());
		if (method.isPageQuery() || method.isSliceQuery() || method.isScrollQuery() || method.isStreamQuery()) {
			throw QueryCreationException.create(method, this.description
					+ ": a reactive query returns Mono or Flux (page with a Pageable argument on a Flux)");
		}
	}

	@Override
	public @Nullable Object execute(Object[] parameters) {
		ParametersParameterAccessor accessor = new ParametersParameterAccessor(this.method.getParameters(), parameters);
		ResultProcessor processor = this.method.getResultProcessor().withDynamicProjection(accessor);
		DerivedQuery query = this.compilation.createQuery(accessor);
		QueryOptions options = this.compilation.createOptions(query.sort(), accessor, processor.getReturnedType());
		Object result = run(query.filter(), options, this.compilation.isLimiting(accessor));
		return this.compilation.isRawResult() ? result : processor.processResult(result);
	}

	private Object run(Filter filter, QueryOptions options, boolean limiting) {
		Class<?> type = this.method.getEntityInformation().getJavaType();
		PartTree tree = this.compilation.tree();
		if (tree.isDelete()) {
			if (!this.many && !limiting) {
				return Mono.fromFuture(() -> this.operations.delete(type, filter));
			}
			Mono<List<Object>> found = Mono.fromFuture(() -> this.operations.where(type, filter, options))
				.map(list -> List.<Object>copyOf(list));
			Mono<List<Object>> deleted = found.flatMap(list -> Mono.fromFuture(() -> this.operations.deleteAll(list))
				.thenReturn(list));
			return this.many ? deleted.flatMapIterable(list -> list)
					: deleted.map(list -> (long) list.size());
		}
		if (tree.isCountProjection()) {
			return Mono.fromFuture(() -> this.operations.count(type, filter));
		}
		if (tree.isExistsProjection()) {
			return Mono.fromFuture(() -> this.operations.exists(type, filter));
		}
		if (this.many) {
			return Mono.fromFuture(() -> this.operations.where(type, filter, options)).flatMapIterable(list -> list);
		}
		QueryOptions single = limiting ? options : options.withLimit(2);
		return Mono.fromFuture(() -> this.operations.where(type, filter, single)).flatMap(found -> {
			if (!limiting && found.size() > 1) {
				return Mono.error(new IncorrectResultSizeDataAccessException(
						"Query %s returned more than one result for %s".formatted(this.description, filter), 1));
			}
			return found.isEmpty() ? Mono.empty() : Mono.just(found.get(0));
		});
	}

	@Override
	public QueryMethod getQueryMethod() {
		return this.method;
	}

}
