package dev.dynamite.test.autoconfigure;

import org.springframework.boot.test.autoconfigure.TestSliceTestContextBootstrapper;

/** Bootstraps a {@link DynamiteTest @DynamiteTest}: its {@code properties} go into the environment. */
class DynamiteTestContextBootstrapper extends TestSliceTestContextBootstrapper<DynamiteTest> {

}
