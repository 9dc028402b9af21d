/**
 * Dynamite next to the peer Spring Data DynamoDB library: Dynamite's side of {@code peer-compare.sh}
 * ({@link dev.dynamite.benchmarks.peer.DynamiteSide}) and the Boot {@code findAllById} check
 * ({@link dev.dynamite.benchmarks.peer.BootBatchGetRunner}); the workload both sides share is compiled from
 * {@code src/peer-shared/java}.
 */
@NullMarked
package dev.dynamite.benchmarks.peer;

import org.jspecify.annotations.NullMarked;
