package dev.dynamite.core;

import java.util.List;

import org.springframework.dao.DataAccessResourceFailureException;

/**
 * DynamoDB kept returning part of a batch as unprocessed (throttling) after every retry of the
 * {@link BatchRetryPolicy}. Carries what was not done, so nothing is lost silently: the keys not read or the write
 * requests not applied.
 */
public class UnprocessedItemsException extends DataAccessResourceFailureException {

	private final transient List<?> unprocessed;

	/**
	 * @param message what was not done
	 * @param unprocessed the keys ({@code Map<String, AttributeValue>}) or {@code WriteRequest}s left over
	 */
	public UnprocessedItemsException(String message, List<?> unprocessed) {
		super(message);
		this.unprocessed = List.copyOf(unprocessed);
	}

	/**
	 * The keys or write requests DynamoDB did not process.
	 * @return the keys or write requests DynamoDB did not process
	 */
	public List<?> getUnprocessed() {
		return this.unprocessed;
	}
}
