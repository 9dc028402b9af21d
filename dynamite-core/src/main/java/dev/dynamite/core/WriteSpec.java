package dev.dynamite.core;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * One single-item write before it becomes a PutItem / UpdateItem / DeleteItem request or a transaction action.
 *
 * @param kind put, update or delete
 * @param table the table
 * @param attributes the item (put) or the key (update, delete)
 * @param updateExpression the update expression (update only)
 * @param condition the condition expression, or {@code null}
 * @param names the expression attribute names, or {@code null}
 * @param values the expression attribute values, or {@code null}
 */
record WriteSpec(Kind kind, String table, Map<String, AttributeValue> attributes, @Nullable String updateExpression,
		@Nullable String condition, @Nullable Map<String, String> names, @Nullable Map<String, AttributeValue> values) {

	enum Kind {
		PUT, UPDATE, DELETE
	}

	PutItemRequest toPut() {
		return PutItemRequest.builder().tableName(this.table).item(this.attributes).conditionExpression(this.condition)
			.expressionAttributeNames(this.names).expressionAttributeValues(this.values).build();
	}

	UpdateItemRequest toUpdate(ReturnValue returnValue) {
		return UpdateItemRequest.builder().tableName(this.table).key(this.attributes)
			.updateExpression(this.updateExpression).conditionExpression(this.condition)
			.expressionAttributeNames(this.names).expressionAttributeValues(this.values)
			.returnValues(returnValue).build();
	}

	DeleteItemRequest toDelete(ReturnValue returnValue) {
		return DeleteItemRequest.builder().tableName(this.table).key(this.attributes).conditionExpression(this.condition)
			.expressionAttributeNames(this.names).expressionAttributeValues(this.values)
			.returnValues(returnValue).build();
	}

	TransactWriteItem toTransactItem() {
		ReturnValuesOnConditionCheckFailure old = ReturnValuesOnConditionCheckFailure.NONE;
		return switch (this.kind) {
			case PUT -> TransactWriteItem.builder().put(Put.builder().tableName(this.table).item(this.attributes)
				.conditionExpression(this.condition).expressionAttributeNames(this.names)
				.expressionAttributeValues(this.values).returnValuesOnConditionCheckFailure(old).build()).build();
			case UPDATE -> TransactWriteItem.builder().update(Update.builder().tableName(this.table).key(this.attributes)
				.updateExpression(this.updateExpression).conditionExpression(this.condition)
				.expressionAttributeNames(this.names).expressionAttributeValues(this.values)
				.returnValuesOnConditionCheckFailure(old).build()).build();
			case DELETE -> TransactWriteItem.builder().delete(Delete.builder().tableName(this.table).key(this.attributes)
				.conditionExpression(this.condition).expressionAttributeNames(this.names)
				.expressionAttributeValues(this.values).returnValuesOnConditionCheckFailure(old).build()).build();
		};
	}
}
