package dev.dynamite.test.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;

/**
 * Imports Dynamite's auto-configuration (the embedded DynamoDB Local, the clients, templates, start-up sync,
 * repositories and reactive repositories) into a test, for slices of your own; {@link DynamiteTest @DynamiteTest}
 * uses it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ImportAutoConfiguration
public @interface AutoConfigureDynamite {

}
