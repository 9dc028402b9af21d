/**
 * {@code @ServiceConnection} support: {@link dev.dynamite.autoconfigure.DynamiteConnectionDetails} from a
 * Testcontainers LocalStack container or a DynamoDB Local container ({@code amazon/dynamodb-local}). Active when
 * {@code spring-boot-testcontainers} is on the (test) classpath.
 */
@NullMarked
package dev.dynamite.autoconfigure.testcontainers;

import org.jspecify.annotations.NullMarked;
