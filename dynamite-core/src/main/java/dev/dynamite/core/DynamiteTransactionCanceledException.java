package dev.dynamite.core;

import java.util.List;

import org.springframework.dao.DataIntegrityViolationException;

/**
 * A transaction was cancelled and nothing of it was written. The reasons are DynamoDB's, one per action in the
 * order the actions were added ({@code "None"} for actions that were fine, e.g. {@code "ConditionalCheckFailed"}
 * for the one that was not).
 */
public class DynamiteTransactionCanceledException extends DataIntegrityViolationException {

	/** DynamoDB's cancellation reason of each action, in order. */
	private final List<String> reasons;

	/**
	 * @param message the description
	 * @param reasons the cancellation reason codes, per action
	 * @param cause the SDK exception
	 */
	public DynamiteTransactionCanceledException(String message, List<String> reasons, Throwable cause) {
		super(message, cause);
		this.reasons = List.copyOf(reasons);
	}

	/**
	 * The cancellation reason code of each action, in order.
	 * @return the cancellation reason code of each action, in order
	 */
	public List<String> getReasons() {
		return this.reasons;
	}
}
