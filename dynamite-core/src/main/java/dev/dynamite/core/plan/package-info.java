/**
 * Planning, the one place that chooses DynamoDB operations: {@link dev.dynamite.core.plan.QueryPlanner} for reads
 * (GetItem, BatchGetItem, Query, Scan) and {@link dev.dynamite.core.plan.WritePlanner} for writes (PutItem,
 * UpdateItem, DeleteItem, BatchWriteItem, TransactWriteItems). Pure code: no request is sent here.
 */
@NullMarked
package dev.dynamite.core.plan;

import org.jspecify.annotations.NullMarked;
