package dev.dynamite.core.schema;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.InvalidDataAccessResourceUsageException;
import org.springframework.dao.PermissionDeniedDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.LimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * Translates the SDK exceptions of schema requests into Spring's {@link DataAccessException} hierarchy, with a
 * message saying what sync was doing (local to schema synchronisation).
 */
final class SchemaExceptionTranslator {

	private SchemaExceptionTranslator() {
	}

	/**
	 * @param action what failed, e.g. {@code "create table 'users' for entity User"}
	 * @param ex the SDK exception
	 */
	static DataAccessException translate(String action, SdkException ex) {
		String message = "Could not " + action + ": " + ex.getMessage();
		if (ex instanceof ResourceNotFoundException || ex instanceof ResourceInUseException) {
			return new InvalidDataAccessResourceUsageException(message, ex);
		}
		if (ex instanceof LimitExceededException) {
			return new TransientDataAccessResourceException(message, ex);
		}
		if (ex instanceof AwsServiceException service) {
			int status = service.statusCode();
			String code = (service.awsErrorDetails() != null) ? service.awsErrorDetails().errorCode() : null;
			if (status == 403 || "AccessDeniedException".equals(code) || "UnrecognizedClientException".equals(code)) {
				return new PermissionDeniedDataAccessException(message, ex);
			}
			if (service.isThrottlingException() || status >= 500) {
				return new TransientDataAccessResourceException(message, ex);
			}
			return new InvalidDataAccessResourceUsageException(message, ex);
		}
		// client-side failures: no connection, timeouts, waiters giving up
		return new DataAccessResourceFailureException(message, ex);
	}
}
