package dev.dynamite.core;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

import dev.dynamite.core.convert.DynamiteConverter;
import dev.dynamite.core.execution.DynamoDbTransport;
import dev.dynamite.core.execution.ObservedTransport;
import dev.dynamite.core.execution.OperationRunner;
import dev.dynamite.mapping.DynamiteMappingContext;
import dev.dynamite.core.observation.RequestObservations;

/**
 * What the sync and the async template share: the one implementation of the operations they face, and its mapping.
 */
abstract class TemplateSupport {

	/** Every operation, once, as futures. */
	final OperationRunner operations;

	TemplateSupport(OperationRunner operations) {
		this.operations = operations;
	}

	/**
	 * The mapping metadata in use.
	 * @return the mapping metadata in use
	 */
	public DynamiteMappingContext getMappingContext() {
		return this.operations.converter().getMappingContext();
	}

	/**
	 * The entity converter in use.
	 * @return the entity converter in use
	 */
	public DynamiteConverter getConverter() {
		return this.operations.converter();
	}

	/** The transport, its requests observed and logged. */
	static DynamoDbTransport observed(DynamoDbTransport transport, RequestObservations observations) {
		Assert.notNull(observations, "RequestObservations must not be null (use RequestObservations.NONE)");
		return new ObservedTransport(transport, observations);
	}

	/** Varargs parameters as a list; a lone {@code null} argument is one null parameter. */
	static List<?> parameters(Object @Nullable [] parameters) {
		return parameters == null ? Collections.singletonList(null) : Arrays.asList(parameters);
	}
}
