package dev.dynamite.test.autoconfigure;

import org.springframework.boot.test.context.filter.annotation.StandardAnnotationCustomizableTypeExcludeFilter;

/** The components of a {@link DynamiteTest @DynamiteTest}: none by default, plus its include filters. */
final class DynamiteTypeExcludeFilter extends StandardAnnotationCustomizableTypeExcludeFilter<DynamiteTest> {

	DynamiteTypeExcludeFilter(Class<?> testClass) {
		super(testClass);
	}
}
