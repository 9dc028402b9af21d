package dev.dynamite.sample;

import com.amazonaws.services.dynamodbv2.local.embedded.DynamoDBEmbedded;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import dev.dynamite.Dynamite;
import dev.dynamite.core.DynamiteOperations;
import dev.dynamite.repository.config.EnableDynamiteRepositories;

/** TEMPORARY until the auto-configuration lands: an in-process DynamoDB Local and the repositories. */
@TestConfiguration(proxyBeanMethods = false)
@EnableDynamiteRepositories(basePackageClasses = UserRepository.class)
public class TemporaryDynamiteConfiguration {

	@Bean(destroyMethod = "close")
	Dynamite dynamite() {
		Dynamite dynamite = Dynamite.builder().client(DynamoDBEmbedded.create(true).dynamoDbClient()).tables(User.class).build();
		dynamite.sync();
		return dynamite;
	}

	@Bean
	DynamiteOperations dynamiteTemplate(Dynamite dynamite) {
		return dynamite.template();
	}
}
