package dev.dynamite.autoconfigure.data;

import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;

import dev.dynamite.core.AsyncDynamiteOperations;
import dev.dynamite.core.DynamiteOperations;

/**
 * Makes every {@link DynamiteOperations} bean (the auto-configured template or the application's own) depend on the
 * {@link DynamiteSchemaInitializer}: no template, hence no repository, is used before the tables are synchronised.
 */
class DynamiteOperationsDependsOnSchemaInitializer extends AbstractDependsOnBeanFactoryPostProcessor {

	DynamiteOperationsDependsOnSchemaInitializer() {
		super(DynamiteOperations.class, DynamiteSchemaInitializer.class);
	}

	/** The same for every {@link AsyncDynamiteOperations} bean. */
	static class Async extends AbstractDependsOnBeanFactoryPostProcessor {

		Async() {
			super(AsyncDynamiteOperations.class, DynamiteSchemaInitializer.class);
		}
	}
}
