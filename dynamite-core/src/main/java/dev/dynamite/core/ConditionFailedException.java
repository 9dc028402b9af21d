package dev.dynamite.core;

import org.springframework.dao.DataIntegrityViolationException;

/**
 * A write's {@link WriteOptions#condition(Filter) condition} did not hold for the stored item: nothing was written.
 * The message names the entity, the key, the condition and what the condition's attributes held.
 */
public class ConditionFailedException extends DataIntegrityViolationException {

	/** The condition that failed (not serialized). */
	private final transient Filter condition;

	/**
	 * @param message names the entity, the key, the condition and the stored values
	 * @param condition the condition that failed
	 * @param cause DynamoDB's ConditionalCheckFailedException
	 */
	public ConditionFailedException(String message, Filter condition, Throwable cause) {
		super(message, cause);
		this.condition = condition;
	}

	/**
	 * The condition that failed.
	 * @return the condition that failed
	 */
	public Filter getCondition() {
		return this.condition;
	}
}
