package dev.dynamite.core.execution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.jspecify.annotations.Nullable;

import dev.dynamite.core.plan.WritePlan;
import dev.dynamite.core.request.RequestFactory;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The pages of one PartiQL statement: {@code ExecuteStatement} again with each {@code NextToken} until there is none,
 * or until skip + limit items are read.
 */
final class StatementPages implements RequestSequence<List<Map<String, AttributeValue>>> {

	private final WritePlan.Statement statement;

	private final DynamoDbTransport transport;

	private final List<Map<String, AttributeValue>> items = new ArrayList<>();

	private @Nullable String nextToken;

	private boolean done;

	StatementPages(WritePlan.Statement statement, DynamoDbTransport transport) {
		this.statement = statement;
		this.transport = transport;
	}

	@Override
	public @Nullable CompletableFuture<?> next() {
		if (this.done) {
			return null;
		}
		return this.transport.executeStatement(RequestFactory.statement(this.statement, this.nextToken))
			.thenAccept(response -> {
				if (response.hasItems()) {
					this.items.addAll(response.items());
				}
				this.nextToken = response.nextToken();
				Integer limit = this.statement.limit();
				boolean enough = limit != null && this.items.size() >= (long) this.statement.skip() + limit;
				this.done = enough || this.nextToken == null;
			});
	}

	@Override
	public List<Map<String, AttributeValue>> result() {
		int from = Math.min(this.statement.skip(), this.items.size());
		Integer limit = this.statement.limit();
		int to = limit == null ? this.items.size() : (int) Math.min(this.items.size(), (long) from + limit);
		return this.items.subList(from, to);
	}
}
