package dev.dynamite.core;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import dev.dynamite.core.convert.DynamiteConverter;
import dev.dynamite.mapping.DynamiteMappingContext;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The implementation of {@link DynamiteOperations} on a {@link DynamoDbClient}. Thread-safe; create one per
 * client and share it.
 */
public class DynamiteTemplate implements DynamiteOperations {

	/** A template with the built-in converters. */
	public DynamiteTemplate(DynamoDbClient client, DynamiteMappingContext mappingContext) {
		this(client, new DynamiteConverter(mappingContext));
	}

	/** A template with the given converter (and its mapping context). */
	public DynamiteTemplate(DynamoDbClient client, DynamiteConverter converter) {
		throw new UnsupportedOperationException("not implemented yet");
	}

	@Override
	public <T> T create(T entity) {
		throw new UnsupportedOperationException("not implemented yet");
	}

	@Override
	public <T> T save(T entity) {
		throw new UnsupportedOperationException("not implemented yet");
	}

	@Override
	public <T> List<T> saveAll(Iterable<T> entities) {
		throw new UnsupportedOperationException("not implemented yet");
	}

	@Override
	public <T> List<T> where(Class<T> type, Filter filter) {
		throw new UnsupportedOperationException("not implemented yet");
	}

	@Override
	public <T> List<T> where(Class<T> type, Filter filter, QueryOptions options) {
		throw new UnsupportedOperationException("not implemented yet");
	}

	@Override
	public <T> List<T> where(Class<T> type, Map<String, ?> equalities) {
		throw new UnsupportedOperationException("not implemented yet");
	}

	@Override
	public <T> List<T> where(Class<T> type, String field, @Nullable Object value) {
		throw new UnsupportedOperationException("not implemented yet");
	}

	@Override
	public <T> Optional<T> first(Class<T> type, Filter filter) {
		throw new UnsupportedOperationException("not implemented yet");
	}

	@Override
	public <T> Optional<T> first(Class<T> type, Filter filter, QueryOptions options) {
		throw new UnsupportedOperationException("not implemented yet");
	}

	@Override
	public <T> Optional<T> last(Class<T> type, Filter filter) {
		throw new UnsupportedOperationException("not implemented yet");
	}

	@Override
	public <T> long count(Class<T> type, Filter filter) {
		throw new UnsupportedOperationException("not implemented yet");
	}

	@Override
	public <T> boolean exists(Class<T> type, Filter filter) {
		throw new UnsupportedOperationException("not implemented yet");
	}

	@Override
	public <T> Optional<T> findById(Class<T> type, Object key) {
		throw new UnsupportedOperationException("not implemented yet");
	}

	@Override
	public <T> List<T> findAllById(Class<T> type, Iterable<?> keys) {
		throw new UnsupportedOperationException("not implemented yet");
	}

	@Override
	public <T> long update(Class<T> type, Map<String, ?> changes, Filter filter) {
		throw new UnsupportedOperationException("not implemented yet");
	}

	@Override
	public <T> T update(T entity, Map<String, ?> changes) {
		throw new UnsupportedOperationException("not implemented yet");
	}

	@Override
	public <T> long delete(Class<T> type, Filter filter) {
		throw new UnsupportedOperationException("not implemented yet");
	}

	@Override
	public <T> void delete(T entity) {
		throw new UnsupportedOperationException("not implemented yet");
	}

	@Override
	public <T> void destroy(T entity) {
		throw new UnsupportedOperationException("not implemented yet");
	}

	@Override
	public <T> void deleteById(Class<T> type, Object key) {
		throw new UnsupportedOperationException("not implemented yet");
	}

	@Override
	public <T> Stream<T> stream(Class<T> type, Filter filter, QueryOptions options) {
		throw new UnsupportedOperationException("not implemented yet");
	}

	@Override
	public <T> KeysetPage<T> scroll(Class<T> type, Filter filter, QueryOptions options,
			@Nullable Map<String, Object> startAfter) {
		throw new UnsupportedOperationException("not implemented yet");
	}

	@Override
	public void transaction(Consumer<DynamiteTransaction> actions) {
		throw new UnsupportedOperationException("not implemented yet");
	}

	@Override
	public DynamiteMappingContext getMappingContext() {
		throw new UnsupportedOperationException("not implemented yet");
	}

	@Override
	public DynamiteConverter getConverter() {
		throw new UnsupportedOperationException("not implemented yet");
	}
}
