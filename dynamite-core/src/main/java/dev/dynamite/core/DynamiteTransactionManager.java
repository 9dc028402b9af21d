package dev.dynamite.core;

import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.Assert;

import dev.dynamite.core.execution.Failures;
import dev.dynamite.core.plan.TransactionBuilder;

/**
 * A Spring {@code PlatformTransactionManager} for {@code @Transactional}: the template's writes made inside a
 * transaction ({@code create}, {@code save}, {@code saveAll}, {@code update(entity, changes)}, {@code delete}/
 * {@code destroy(entity)}, {@code deleteById}, {@code deleteAll}, {@code increment}/{@code decrement} of an entity)
 * are collected, each planned and checked at once, and sent as one {@code TransactWriteItems} at commit; a rollback
 * sends nothing. Over 100 actions, or two on one item, is an error when the action is added, and nothing is written.
 * Writes that cannot join (by filter, PartiQL) are refused inside the transaction. Reads are not part of it: they see
 * committed data, so a read inside the transaction does not see its own writes yet.
 */
public class DynamiteTransactionManager extends AbstractPlatformTransactionManager {

	/** The template whose writes are collected (not serialized). */
	private final transient DynamiteTemplate template;

	/**
	 * @param template the template whose writes the transactions collect
	 */
	public DynamiteTransactionManager(DynamiteTemplate template) {
		Assert.notNull(template, "DynamiteTemplate must not be null");
		this.template = template;
	}

	@Override
	protected Object doGetTransaction() {
		return new Collected((TransactionBuilder) TransactionSynchronizationManager.getResource(this.template));
	}

	@Override
	protected boolean isExistingTransaction(Object transaction) {
		return ((Collected) transaction).builder != null;
	}

	@Override
	protected void doBegin(Object transaction, TransactionDefinition definition) {
		TransactionBuilder builder = this.template.operations.newTransaction();
		((Collected) transaction).builder = builder;
		TransactionSynchronizationManager.bindResource(this.template, builder);
	}

	@Override
	protected Object doSuspend(Object transaction) {
		((Collected) transaction).builder = null;
		return TransactionSynchronizationManager.unbindResource(this.template);
	}

	@Override
	protected void doResume(@org.jspecify.annotations.Nullable Object transaction, Object suspendedResources) {
		TransactionSynchronizationManager.bindResource(this.template, suspendedResources);
	}

	@Override
	protected void doCommit(DefaultTransactionStatus status) throws TransactionException {
		TransactionBuilder builder = ((Collected) status.getTransaction()).builder;
		Failures.join(this.template.operations.commit(builder));
	}

	@Override
	protected void doRollback(DefaultTransactionStatus status) throws TransactionException {
		// nothing was sent: dropping the collected actions is the rollback
	}

	@Override
	protected void doSetRollbackOnly(DefaultTransactionStatus status) {
		// a rollback-only transaction is rolled back by the caller; nothing to mark on DynamoDB's side
	}

	@Override
	protected void doCleanupAfterCompletion(Object transaction) {
		if (((Collected) transaction).builder != null) {
			TransactionSynchronizationManager.unbindResourceIfPossible(this.template);
		}
	}

	/**
	 * The actions collected by the current Spring transaction for this template, or {@code null} outside one.
	 * @param template the template
	 * @return the collected actions, or {@code null}
	 */
	static @org.jspecify.annotations.Nullable TransactionBuilder current(DynamiteTemplate template) {
		return (TransactionBuilder) TransactionSynchronizationManager.getResource(template);
	}

	/** The transaction object: the collected actions of the transaction it stands for. */
	private static final class Collected {

		private @org.jspecify.annotations.Nullable TransactionBuilder builder;

		Collected(@org.jspecify.annotations.Nullable TransactionBuilder builder) {
			this.builder = builder;
		}
	}
}
