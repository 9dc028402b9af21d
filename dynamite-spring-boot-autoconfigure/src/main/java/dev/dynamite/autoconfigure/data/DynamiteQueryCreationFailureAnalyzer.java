package dev.dynamite.autoconfigure.data;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.data.repository.query.QueryCreationException;

/**
 * Explains a start-up that failed because a method of a Dynamite repository cannot become a query (an unknown
 * property, an unsupported keyword, a wrong number of arguments).
 */
class DynamiteQueryCreationFailureAnalyzer extends AbstractFailureAnalyzer<QueryCreationException> {

	@Override
	protected @Nullable FailureAnalysis analyze(Throwable rootFailure, QueryCreationException cause) {
		if (!isDynamite(cause)) {
			return null;
		}
		String repository = (cause.getRepositoryInterface() != null) ? cause.getRepositoryInterface().getName()
				: "a repository";
		String method = (cause.getMethod() != null) ? cause.getMethod().getName() : "a method";
		return new FailureAnalysis("Method " + method + " of " + repository + " cannot become a DynamoDB query: "
				+ cause.getMessage(),
				"Rename the method so that every property it names is a field of the entity (Java field name, or its "
						+ "attribute name; camelCase and snake_case both work), with one argument per condition, or "
						+ "remove it. docs/repositories.md lists the supported keywords.",
				cause);
	}

	private static boolean isDynamite(Throwable ex) {
		for (StackTraceElement element : ex.getStackTrace()) {
			if (element.getClassName().startsWith("dev.dynamite.repository.")) {
				return true;
			}
		}
		return false;
	}
}
