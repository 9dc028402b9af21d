package dev.dynamite.core;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.InvalidDataAccessResourceUsageException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.dao.UncategorizedDataAccessException;
import org.springframework.dao.support.PersistenceExceptionTranslator;

import dev.dynamite.core.execution.Targets;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DuplicateItemException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.InternalServerErrorException;
import software.amazon.awssdk.services.dynamodb.model.ItemCollectionSizeLimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.RequestLimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.TransactionConflictException;

/**
 * Translates AWS SDK exceptions into Spring's {@link DataAccessException} hierarchy.
 */
public class DynamiteExceptionTranslator implements PersistenceExceptionTranslator {

	private final String target;

	/** A translator whose connection errors say "DynamoDB". */
	public DynamiteExceptionTranslator() {
		this.target = "DynamoDB";
	}

	/**
	 * A translator whose connection errors name the client's endpoint (or region).
	 * @param client the DynamoDB client
	 */
	public DynamiteExceptionTranslator(DynamoDbClient client) {
		this(Targets.describe(client::serviceClientConfiguration));
	}

	/**
	 * A translator whose connection errors name this target, such as "DynamoDB at http://localhost:8000".
	 * @param target the target
	 */
	public DynamiteExceptionTranslator(String target) {
		this.target = target;
	}

	@Override
	public @Nullable DataAccessException translateExceptionIfPossible(RuntimeException ex) {
		return ex instanceof SdkException sdk ? translate(sdk, null) : null;
	}

	/**
	 * Translates an SDK exception raised while working on a table.
	 * @param ex the SDK exception
	 * @param table the table, or {@code null}
	 * @return the data access exception
	 */
	public DataAccessException translate(SdkException ex, @Nullable String table) {
		String on = table == null ? "" : " (table '" + table + "')";
		String message = ex.getMessage() + on;
		if (ex instanceof ResourceNotFoundException) {
			return new InvalidDataAccessResourceUsageException(("DynamoDB table%s does not exist; create it with sync "
					+ "(Dynamite.sync() or dynamite.sync=create)").formatted(table == null ? "" : " '" + table + "'"), ex);
		}
		if (ex instanceof TransactionCanceledException canceled) {
			List<String> reasons = canceled.hasCancellationReasons()
					? canceled.cancellationReasons().stream().map(CancellationReason::code).toList() : List.of();
			return new DynamiteTransactionCanceledException("Transaction cancelled, nothing was written; reasons per action: "
					+ reasons, reasons, ex);
		}
		if (ex instanceof DuplicateItemException || hasErrorCode(ex, "DuplicateItemException")
				|| hasErrorCode(ex, "DuplicateItem")) {
			return new DuplicateKeyException("An item with this key already exists" + on + "; nothing was overwritten", ex);
		}
		if (ex instanceof ConditionalCheckFailedException) {
			return new DataIntegrityViolationException("Condition failed" + on, ex);
		}
		if (ex instanceof ProvisionedThroughputExceededException || ex instanceof RequestLimitExceededException
				|| isThrottling(ex)) {
			return new TransientDataAccessResourceException("DynamoDB throttled the request after retries" + on + ": "
					+ ex.getMessage(), ex);
		}
		if (ex instanceof TransactionConflictException) {
			return new ConcurrencyFailureException(message, ex);
		}
		if (ex instanceof ItemCollectionSizeLimitExceededException) {
			return new DataIntegrityViolationException(message, ex);
		}
		if (ex instanceof InternalServerErrorException) {
			return new TransientDataAccessResourceException(message, ex);
		}
		if (ex instanceof DynamoDbException dynamo && dynamo.statusCode() == 400) {
			return new InvalidDataAccessApiUsageException(message, ex);
		}
		if (ex instanceof SdkClientException && String.valueOf(ex.getMessage()).contains("Unable to load credentials")) {
			return new DataAccessResourceFailureException(("No AWS credentials for %s%s: set them with "
					+ "Dynamite.builder().credentials(accessKeyId, secretAccessKey), or dynamite.credentials.access-key-id "
					+ "and dynamite.credentials.secret-access-key under Spring Boot, or the AWS_ACCESS_KEY_ID and "
					+ "AWS_SECRET_ACCESS_KEY environment variables (DynamoDB Local accepts any values); the SDK said: %s")
				.formatted(this.target, on, ex.getMessage()), ex);
		}
		if (ex instanceof SdkClientException) {
			return new DataAccessResourceFailureException("Could not reach " + this.target + on + ": " + ex.getMessage(), ex);
		}
		return new UncategorizedDataAccessException(message, ex) {
		};
	}

	private static boolean isThrottling(SdkException ex) {
		return hasErrorCode(ex, "ThrottlingException");
	}

	private static boolean hasErrorCode(SdkException ex, String code) {
		return ex instanceof DynamoDbException dynamo && dynamo.awsErrorDetails() != null
				&& code.equals(dynamo.awsErrorDetails().errorCode());
	}
}
