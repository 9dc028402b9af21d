package dev.dynamite.core.execution;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;

import dev.dynamite.core.ConditionFailedException;
import dev.dynamite.core.DynamiteExceptionTranslator;
import dev.dynamite.core.plan.ReadPlan;
import dev.dynamite.core.plan.ResolvedFilter;
import dev.dynamite.core.plan.WritePlan;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Where SDK errors become Spring's {@link org.springframework.dao.DataAccessException}s: every future the executors
 * return passes through here. Errors that are not the SDK's (Dynamite's own, a bad argument) pass unchanged.
 */
public final class Failures {

	private final DynamiteExceptionTranslator translator;

	/**
	 * @param translator translates SDK exceptions
	 */
	public Failures(DynamiteExceptionTranslator translator) {
		this.translator = translator;
	}

	/** The future, its SDK error translated for the plan's table. */
	<R> CompletableFuture<R> translated(CompletableFuture<R> future, ReadPlan plan) {
		return translated(future, plan.entity().getTableName());
	}

	/** The future, its SDK error translated for the table. */
	<R> CompletableFuture<R> translated(CompletableFuture<R> future, @Nullable String table) {
		return future.handle((result, failure) -> {
			if (failure != null) {
				throw new CompletionException(translate(failure, table));
			}
			return result;
		});
	}

	/** The exception to report for a failure on a table. */
	RuntimeException translate(Throwable failure, @Nullable String table) {
		Throwable cause = RequestSequence.unwrap(failure);
		if (cause instanceof SdkException sdk) {
			return this.translator.translate(sdk, table);
		}
		if (cause instanceof RuntimeException runtime) {
			return runtime;
		}
		if (cause instanceof Error error) {
			throw error;
		}
		return new CompletionException(cause);
	}

	/**
	 * What a failed condition of a single-item write means: {@code null} when it is no error (the write is not
	 * counted), else the exception to report.
	 */
	static @Nullable RuntimeException conditionFailed(WritePlan.OnConditionFailure onFailure,
			ConditionalCheckFailedException cause) {
		WritePlan.UserCondition user = onFailure.user();
		if (user != null && (onFailure.kind() != WritePlan.ConditionFailure.SKIP || user.reported())) {
			Map<String, AttributeValue> stored = cause.hasItem() ? cause.item() : null;
			if (user.ownHeld().test(stored)) {
				return new ConditionFailedException("%s: the condition %s does not hold (stored: %s); nothing was written"
					.formatted(user.what().get(), user.filter(), storedValues(user.resolved(), stored)), user.filter(), cause);
			}
		}
		return switch (onFailure.kind()) {
			case SKIP -> null;
			case DUPLICATE_KEY -> new DuplicateKeyException(onFailure.message().get(), cause);
			case STALE_VERSION -> new OptimisticLockingFailureException(onFailure.message().get(), cause);
			case MISSING_ITEM -> new EmptyResultDataAccessException(onFailure.message().get(), 1, cause);
		};
	}

	/** The stored values of the attributes the condition names, e.g. {@code status="shipped", total=12}. */
	private static String storedValues(ResolvedFilter condition, @Nullable Map<String, AttributeValue> stored) {
		Set<String> attributes = new LinkedHashSet<>();
		collectAttributes(condition, attributes);
		StringBuilder out = new StringBuilder();
		for (String attribute : attributes) {
			AttributeValue value = (stored != null) ? stored.get(attribute) : null;
			out.append(out.length() > 0 ? ", " : "").append(attribute).append('=');
			if (stored == null) {
				out.append("(no item)");
			}
			else if (value == null) {
				out.append("(missing)");
			}
			else if (value.s() != null) {
				out.append('"').append(value.s()).append('"');
			}
			else if (value.n() != null) {
				out.append(value.n());
			}
			else if (value.bool() != null) {
				out.append(value.bool());
			}
			else {
				out.append(value.type());
			}
		}
		return out.toString();
	}

	private static void collectAttributes(ResolvedFilter filter, Set<String> attributes) {
		if (filter.condition() != null) {
			attributes.add(filter.condition().attribute());
		}
		filter.children().forEach((child) -> collectAttributes(child, attributes));
	}

	/**
	 * The result of a future the caller waits for, its failure rethrown as it is (not wrapped).
	 * @param <R> the result type
	 * @param future the future
	 * @return the result of a future the caller waits for, its failure rethrown as it is (not wrapped)
	 */
	public static <R> R join(CompletableFuture<R> future) {
		try {
			return future.join();
		}
		catch (CompletionException ex) {
			Throwable cause = RequestSequence.unwrap(ex);
			if (cause instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (cause instanceof Error error) {
				throw error;
			}
			throw ex;
		}
	}
}
