package dev.dynamite.autoconfigure.aot;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.context.annotation.Configuration;

import dev.dynamite.autoconfigure.DynamiteAutoConfiguration;
import dev.dynamite.autoconfigure.data.DynamiteDataAutoConfiguration;
import dev.dynamite.autoconfigure.data.DynamiteRepositoriesAutoConfiguration;

/** The application: this package, and Dynamite's client, data and repository auto-configurations. */
@Configuration(proxyBeanMethods = false)
@AutoConfigurationPackage
@ImportAutoConfiguration({ DynamiteAutoConfiguration.class, DynamiteDataAutoConfiguration.class,
		DynamiteRepositoriesAutoConfiguration.class })
public class GadgetApplication {

}
