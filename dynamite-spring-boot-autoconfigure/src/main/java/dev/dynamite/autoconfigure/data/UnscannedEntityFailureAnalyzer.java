package dev.dynamite.autoconfigure.data;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import dev.dynamite.mapping.UnscannedEntityException;

/** Explains a start-up that failed because a repository's entity is outside the scanned packages. */
class UnscannedEntityFailureAnalyzer extends AbstractFailureAnalyzer<UnscannedEntityException> {

	@Override
	protected @Nullable FailureAnalysis analyze(Throwable rootFailure, UnscannedEntityException cause) {
		Class<?> type = cause.getEntityType();
		return new FailureAnalysis("A Dynamite repository manages " + type.getName()
				+ ", which is not among the scanned @DynamiteTable entities: dynamite.sync does not create or check "
				+ "its table.",
				"Add @EntityScan(basePackageClasses = " + type.getSimpleName() + ".class) (package "
						+ type.getPackageName() + ") next to @SpringBootApplication, or move the entity under the "
						+ "application's package. With @EntityScan, list the application's own entity packages too.",
				cause);
	}
}
