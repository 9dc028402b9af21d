package dev.dynamite.autoconfigure.sample;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.Configuration;

/** Marks this package as the application's package, as {@code @SpringBootApplication} does. */
@Configuration(proxyBeanMethods = false)
@AutoConfigurationPackage
public class SampleConfiguration {

}
