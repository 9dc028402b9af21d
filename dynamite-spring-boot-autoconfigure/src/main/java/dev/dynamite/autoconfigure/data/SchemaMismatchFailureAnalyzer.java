package dev.dynamite.autoconfigure.data;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import dev.dynamite.core.schema.SchemaMismatchException;

/**
 * Explains a start-up that failed because a DynamoDB table or index does not match its entity (missing in
 * {@code dynamite.sync=validate} mode, or with a different key schema).
 */
class SchemaMismatchFailureAnalyzer extends AbstractFailureAnalyzer<SchemaMismatchException> {

	@Override
	protected @Nullable FailureAnalysis analyze(Throwable rootFailure, SchemaMismatchException cause) {
		return new FailureAnalysis("DynamoDB schema does not match the Dynamite entities: " + cause.getMessage(),
				"Create the missing tables and indexes (set dynamite.sync=create, or create them with your "
						+ "infrastructure tooling), or check that dynamite.endpoint, dynamite.region and "
						+ "dynamite.table-prefix point at the environment that has them. Dynamite never drops or "
						+ "changes an existing key schema: a table whose keys differ from its entity must be migrated "
						+ "by hand or mapped to another table name.",
				cause);
	}
}
