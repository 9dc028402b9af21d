package dev.dynamite.autoconfigure.testcontainers;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.context.annotation.Import;

import dev.dynamite.autoconfigure.DynamiteAutoConfiguration;
import dev.dynamite.autoconfigure.data.DynamiteDataAutoConfiguration;
import dev.dynamite.autoconfigure.data.DynamiteRepositoriesAutoConfiguration;
import dev.dynamite.autoconfigure.embedded.DynamiteEmbeddedAutoConfiguration;
import dev.dynamite.autoconfigure.sample.SampleConfiguration;

/**
 * The sample package with Dynamite's auto-configuration, the embedded one included: a service connection must make
 * it back off.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@ImportAutoConfiguration({ DynamiteEmbeddedAutoConfiguration.class, DynamiteAutoConfiguration.class,
		DynamiteDataAutoConfiguration.class, DynamiteRepositoriesAutoConfiguration.class })
@Import(SampleConfiguration.class)
class ServiceConnectionApplication {

}
