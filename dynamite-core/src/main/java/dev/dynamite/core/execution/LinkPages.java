package dev.dynamite.core.execution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.jspecify.annotations.Nullable;

import dev.dynamite.core.plan.RelationPlanner;
import dev.dynamite.core.request.RequestFactory;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The pages of one owner's links in a pivot table: the related keys, in the pivot's order. */
final class LinkPages implements RequestSequence<List<AttributeValue>> {

	private final RelationPlanner.LinkRead read;

	private final DynamoDbTransport transport;

	private final List<AttributeValue> targets = new ArrayList<>();

	private @Nullable Map<String, AttributeValue> startKey;

	private boolean done;

	LinkPages(RelationPlanner.LinkRead read, DynamoDbTransport transport) {
		this.read = read;
		this.transport = transport;
	}

	@Override
	public @Nullable CompletableFuture<?> next() {
		if (this.done) {
			return null;
		}
		return this.transport.query(RequestFactory.links(this.read, this.startKey)).thenAccept((response) -> {
			for (Map<String, AttributeValue> item : response.items()) {
				AttributeValue target = item.get(this.read.targetAttribute());
				if (target != null) {
					this.targets.add(target);
				}
			}
			this.startKey = (response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty())
					? response.lastEvaluatedKey() : null;
			this.done = this.startKey == null;
		});
	}

	@Override
	public List<AttributeValue> result() {
		return this.targets;
	}
}
