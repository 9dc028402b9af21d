/**
 * The SDK boundary: the only code that calls DynamoDB, through a {@link dev.dynamite.core.execution.DynamoDbTransport}
 * over the sync or the async client. Paging, batch retries and exception translation live here, with the pure
 * {@link dev.dynamite.core.execution.ResultShaper}.
 */
@NullMarked
package dev.dynamite.core.execution;

import org.jspecify.annotations.NullMarked;
