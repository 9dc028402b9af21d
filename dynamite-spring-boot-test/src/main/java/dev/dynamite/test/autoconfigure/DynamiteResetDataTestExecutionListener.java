package dev.dynamite.test.autoconfigure;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

import dev.dynamite.core.DynamiteOperations;
import dev.dynamite.core.Filter;
import dev.dynamite.mapping.DynamitePersistentEntity;

/**
 * Deletes every item of every entity's table before each test method of a {@link DynamiteTest @DynamiteTest} with
 * {@link DynamiteTest#resetData()} (the default).
 */
public class DynamiteResetDataTestExecutionListener extends AbstractTestExecutionListener {

	@Override
	public int getOrder() {
		// after dependency injection, before the test's own @BeforeEach methods
		return Ordered.LOWEST_PRECEDENCE - 100;
	}

	@Override
	public void beforeTestMethod(TestContext testContext) {
		DynamiteTest test = MergedAnnotations.from(testContext.getTestClass(), MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
			.get(DynamiteTest.class)
			.synthesize(annotation -> annotation.isPresent())
			.orElse(null);
		if (test == null || !test.resetData()) {
			return;
		}
		DynamiteOperations operations = testContext.getApplicationContext().getBean(DynamiteOperations.class);
		for (DynamitePersistentEntity<?> entity : operations.getMappingContext().getPersistentEntities()) {
			if (entity.isTable()) {
				operations.delete(entity.getType(), Filter.all());
			}
		}
	}
}
