package dev.dynamite.repository.query;

import java.lang.reflect.Method;
import java.util.List;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.data.projection.ProjectionFactory;
import org.springframework.data.repository.core.RepositoryMetadata;
import org.springframework.data.repository.query.QueryMethod;

import dev.dynamite.core.Include;
import dev.dynamite.repository.ConsistentRead;
import dev.dynamite.repository.WithRelations;

/**
 * A repository query method with Dynamite's method-level settings: {@link ConsistentRead @ConsistentRead} on the
 * method, else on the repository interface, and the relations of {@link WithRelations @WithRelations}.
 */
public class DynamiteQueryMethod extends QueryMethod {

	private final boolean consistentRead;

	private final List<Include> includes;

	/**
	 * @param method the repository method
	 * @param metadata the repository metadata
	 * @param factory the projection factory
	 */
	public DynamiteQueryMethod(Method method, RepositoryMetadata metadata, ProjectionFactory factory) {
		super(method, metadata, factory);
		ConsistentRead own = AnnotatedElementUtils.findMergedAnnotation(method, ConsistentRead.class);
		ConsistentRead shared = AnnotatedElementUtils.findMergedAnnotation(metadata.getRepositoryInterface(),
				ConsistentRead.class);
		this.consistentRead = (own != null) ? own.value() : (shared != null && shared.value());
		WithRelations relations = AnnotatedElementUtils.findMergedAnnotation(method, WithRelations.class);
		this.includes = (relations != null) ? Include.fromPaths(relations.value()) : List.of();
	}

	/**
	 * The relations to load on the results ({@link WithRelations @WithRelations}).
	 * @return the relations to load on the results
	 */
	public List<Include> getIncludes() {
		return this.includes;
	}

	/**
	 * The relations the given query method loads on its results.
	 * @param method a query method
	 * @return the includes of a {@link DynamiteQueryMethod}, else none
	 */
	static List<Include> includes(QueryMethod method) {
		return method instanceof DynamiteQueryMethod dynamite ? dynamite.getIncludes() : List.of();
	}

	/**
	 * Whether the method reads with strongly consistent reads.
	 * @return whether the method reads with strongly consistent reads
	 */
	public boolean isConsistentRead() {
		return this.consistentRead;
	}

	/**
	 * Whether the given query method reads with strongly consistent reads.
	 * @param method a query method
	 * @return whether it is a {@link DynamiteQueryMethod} that reads with strongly consistent reads
	 */
	static boolean isConsistentRead(QueryMethod method) {
		return method instanceof DynamiteQueryMethod dynamite && dynamite.isConsistentRead();
	}
}
