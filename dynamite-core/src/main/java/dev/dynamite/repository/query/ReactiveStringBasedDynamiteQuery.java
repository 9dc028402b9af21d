package dev.dynamite.repository.query;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.data.repository.query.ParametersParameterAccessor;
import org.springframework.data.repository.query.QueryCreationException;
import org.springframework.data.repository.query.QueryMethod;
import org.springframework.data.repository.query.RepositoryQuery;

import dev.dynamite.core.AsyncDynamiteOperations;
import dev.dynamite.core.QueryOptions;
import reactor.core.publisher.Mono;

/**
 * A {@link dev.dynamite.repository.Query @Query} method of a reactive repository: the same checks and binding as the
 * sync one ({@link PartiqlMethod}), run lazily on {@link AsyncDynamiteOperations}. A SELECT returns a {@code Flux} or
 * a {@code Mono} (more than one match is an error); a write returns {@code Mono<Long>}, {@code Mono<Integer>} or
 * {@code Mono<Void>}.
 */
public class ReactiveStringBasedDynamiteQuery implements RepositoryQuery {

	private final QueryMethod method;

	private final AsyncDynamiteOperations operations;

	private final PartiqlMethod statement;

	private final boolean many;

	private final String description;

	/**
	 * @param method the query method
	 * @param many whether it returns a {@code Flux}
	 * @param repositoryInterface the repository declaring it
	 * @param operations the operations to run the statement with
	 * @param statement the PartiQL statement
	 * @throws QueryCreationException naming the method when the statement does not fit it
	 */
	public ReactiveStringBasedDynamiteQuery(QueryMethod method, boolean many, Class<?> repositoryInterface,
			AsyncDynamiteOperations operations, String statement) {
		this.method = method;
		this.many = many;
		this.operations = operations;
		this.description = repositoryInterface.getSimpleName() + "." + method.getName();
		this.statement = new PartiqlMethod(method, this.description, statement);
		if (method.isSliceQuery()) {
			throw QueryCreationException.create(method, this.description
					+ ": a reactive @Query method returns Mono or Flux (page with a Pageable argument on a Flux)");
		}
	}

	@Override
	public @Nullable Object execute(Object[] parameters) {
		ParametersParameterAccessor accessor = new ParametersParameterAccessor(this.method.getParameters(), parameters);
		Class<?> type = this.method.getEntityInformation().getJavaType();
		List<Object> values = this.statement.values(accessor);
		if (this.statement.writes()) {
			return Mono.fromFuture(() -> this.operations.executeUpdate(type, this.statement.statement(), values.toArray()))
				.mapNotNull(this.statement::written);
		}
		QueryOptions options = this.statement.options(accessor, this.many);
		Mono<? extends List<?>> found = Mono.fromFuture(() -> this.operations.execute(type, this.statement.statement(),
				values, options));
		if (this.many) {
			return found.flatMapIterable(list -> list);
		}
		return found.flatMap(list -> {
			if (list.size() > 1) {
				return Mono.error(new IncorrectResultSizeDataAccessException(
						"%s returned more than one result".formatted(this.description), 1));
			}
			return list.isEmpty() ? Mono.empty() : Mono.just(list.get(0));
		});
	}

	@Override
	public QueryMethod getQueryMethod() {
		return this.method;
	}
}
