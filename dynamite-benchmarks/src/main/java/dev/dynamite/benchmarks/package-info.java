/**
 * JMH benchmarks: each Dynamite operation next to the same work written by hand with the raw
 * {@link software.amazon.awssdk.services.dynamodb.DynamoDbClient} and, where it applies, with the SDK's
 * {@link software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient}, all on the same client of one DynamoDB
 * Local.
 */
@NullMarked
package dev.dynamite.benchmarks;

import org.jspecify.annotations.NullMarked;
