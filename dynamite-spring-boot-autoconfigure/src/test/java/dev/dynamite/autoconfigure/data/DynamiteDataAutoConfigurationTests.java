package dev.dynamite.autoconfigure.data;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import dev.dynamite.autoconfigure.DynamiteAutoConfiguration;
import dev.dynamite.autoconfigure.sample.Book;
import dev.dynamite.autoconfigure.sample.SampleConfiguration;
import dev.dynamite.autoconfigure.scan.Author;
import dev.dynamite.autoconfigure.validated.Ticket;
import dev.dynamite.core.DynamiteOperations;
import dev.dynamite.core.DynamiteTemplate;
import dev.dynamite.core.Filter;
import dev.dynamite.core.convert.DynamiteConverter;
import dev.dynamite.core.schema.SchemaChange;
import dev.dynamite.core.schema.SchemaMismatchException;
import dev.dynamite.core.schema.SyncMode;
import dev.dynamite.mapping.DynamiteMappingContext;
import dev.dynamite.mapping.DynamiteTable;
import dev.dynamite.mapping.PrimaryKey;
import dev.dynamite.mapping.TableNameResolver;
import dev.dynamite.test.LocalDynamoDb;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The data layer auto-configuration against the shared DynamoDB Local of the test JVM. */
@ExtendWith(OutputCaptureExtension.class)
class DynamiteDataAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DynamiteAutoConfiguration.class, DynamiteDataAutoConfiguration.class))
		.withUserConfiguration(SampleConfiguration.class)
		.withPropertyValues("dynamite.endpoint=" + LocalDynamoDb.endpoint(), "dynamite.credentials.access-key-id=test",
				"dynamite.credentials.secret-access-key=test");

	@Test
	void scansEntitiesOfTheApplicationPackageAndCreatesTheirTablesWithThePrefix() {
		String prefix = LocalDynamoDb.uniquePrefix("create");
		this.contextRunner.withPropertyValues("dynamite.table-prefix=" + prefix).run((context) -> {
			assertThat(context).hasNotFailed();
			DynamiteMappingContext mappingContext = context.getBean(DynamiteMappingContext.class);
			assertThat(mappingContext.getPersistentEntities()).extracting((entity) -> (Object) entity.getType())
				.containsExactly(Book.class);
			DynamiteSchemaInitializer initializer = context.getBean(DynamiteSchemaInitializer.class);
			assertThat(initializer.getChanges()).containsExactly(
					new SchemaChange(prefix + "books", SchemaChange.Action.CREATED_TABLE,
							initializer.getChanges().get(0).detail()));
			assertThat(context.getBean(DynamoDbClient.class).listTables().tableNames()).contains(prefix + "books");
		});
	}

	@Test
	void theTableSuffixIsAppendedAfterThePrefix() {
		String prefix = LocalDynamoDb.uniquePrefix("suffix");
		this.contextRunner.withPropertyValues("dynamite.table-prefix=" + prefix, "dynamite.table-suffix=_staging")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(DynamiteMappingContext.class).getRequiredPersistentEntity(Book.class).getTableName())
					.isEqualTo(prefix + "books_staging");
				assertThat(context.getBean(DynamoDbClient.class).listTables().tableNames()).contains(prefix + "books_staging");
			});
	}

	@Test
	void aTableNameResolverBeanDecidesTheFullName() {
		String tenant = LocalDynamoDb.uniquePrefix("tenant");
		this.contextRunner.withPropertyValues("dynamite.table-prefix=ignored_")
			.withBean(TableNameResolver.class, () -> (type, base) -> tenant + base + "." + type.getSimpleName().length())
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(DynamiteMappingContext.class).getRequiredPersistentEntity(Book.class).getTableName())
					.isEqualTo(tenant + "books.4");
				assertThat(context.getBean(DynamiteOperations.class).create(new Book("b1", "Frank Herbert", "Dune")).getTitle()).isEqualTo("Dune");
				assertThat(context.getBean(DynamoDbClient.class).listTables().tableNames()).contains(tenant + "books.4");
			});
	}

	@Test
	void theApplicationsValidatorChecksEntitiesBeforeTheyAreWritten() {
		this.contextRunner.withUserConfiguration(ValidatedConfiguration.class)
			.withConfiguration(AutoConfigurations.of(
					org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration.class))
			.withPropertyValues("dynamite.table-prefix=" + LocalDynamoDb.uniquePrefix("validated"))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				DynamiteOperations operations = context.getBean(DynamiteOperations.class);
				assertThatThrownBy(() -> operations.create(new Ticket("t1", " ")))
					.isInstanceOf(jakarta.validation.ConstraintViolationException.class)
					.hasMessageContaining("'title'");
				assertThat(operations.findById(Ticket.class, "t1")).isEmpty();
				assertThat(operations.create(new Ticket("t2", "fine")).getTitle()).isEqualTo("fine");
			});
	}

	@Test
	void anAuditorAwareBeanFillsCreatedByAndLastModifiedBy() {
		java.util.concurrent.atomic.AtomicReference<String> auditor = new java.util.concurrent.atomic.AtomicReference<>("ann");
		this.contextRunner.withUserConfiguration(ValidatedConfiguration.class)
			.withConfiguration(AutoConfigurations.of(DynamiteAuditingAutoConfiguration.class))
			.withBean(org.springframework.data.domain.AuditorAware.class,
					() -> (org.springframework.data.domain.AuditorAware<String>) () -> java.util.Optional.of(auditor.get()))
			.withPropertyValues("dynamite.table-prefix=" + LocalDynamoDb.uniquePrefix("audited"))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				DynamiteOperations operations = context.getBean(DynamiteOperations.class);
				Ticket created = operations.create(new Ticket("t1", "first"));
				assertThat(created.getCreatedBy()).isEqualTo("ann");
				assertThat(created.getModifiedBy()).isEqualTo("ann");
				auditor.set("bob");
				Ticket stored = operations.findById(Ticket.class, "t1").orElseThrow();
				stored.setTitle("second");
				operations.save(stored);
				Ticket saved = operations.findById(Ticket.class, "t1").orElseThrow();
				assertThat(saved.getCreatedBy()).isEqualTo("ann");
				assertThat(saved.getModifiedBy()).isEqualTo("bob");
			});
	}

	@Test
	void withoutAnAuditorAwareAuditingStaysOff() {
		this.contextRunner.withUserConfiguration(ValidatedConfiguration.class)
			.withConfiguration(AutoConfigurations.of(DynamiteAuditingAutoConfiguration.class))
			.withPropertyValues("dynamite.table-prefix=" + LocalDynamoDb.uniquePrefix("unaudited"))
			.run((context) -> {
				assertThat(context).doesNotHaveBean(dev.dynamite.core.mapping.event.AuditingEntityCallback.class);
				assertThat(context.getBean(DynamiteOperations.class).create(new Ticket("t1", "x")).getCreatedBy()).isNull();
			});
	}

	@Test
	void transactionalMethodsCommitTheirWritesTogetherOrNone() {
		this.contextRunner.withUserConfiguration(TransactionalConfiguration.class)
			.withConfiguration(AutoConfigurations.of(DynamiteTransactionManagerAutoConfiguration.class))
			.withPropertyValues("dynamite.table-prefix=" + LocalDynamoDb.uniquePrefix("transactional"))
			.run((context) -> {
				assertThat(context).hasSingleBean(dev.dynamite.core.DynamiteTransactionManager.class);
				TicketDesk desk = context.getBean(TicketDesk.class);
				DynamiteOperations operations = context.getBean(DynamiteOperations.class);
				desk.open("t1", "t2", false);
				assertThat(operations.findById(Ticket.class, "t1")).isPresent();
				assertThat(operations.findById(Ticket.class, "t2")).isPresent();
				assertThatThrownBy(() -> desk.open("t3", "t4", true)).isInstanceOf(IllegalStateException.class);
				assertThat(operations.findById(Ticket.class, "t3")).isEmpty();
				assertThat(operations.findById(Ticket.class, "t4")).isEmpty();
			});
	}

	@Test
	void anApplicationsOwnTransactionManagerWins() {
		this.contextRunner.withConfiguration(AutoConfigurations.of(DynamiteTransactionManagerAutoConfiguration.class))
			.withBean("jdbcTransactionManager", org.springframework.transaction.PlatformTransactionManager.class,
					() -> new org.springframework.transaction.support.ResourceTransactionManager() {
						@Override
						public Object getResourceFactory() {
							return this;
						}

						@Override
						public org.springframework.transaction.TransactionStatus getTransaction(
								org.springframework.transaction.@org.jspecify.annotations.Nullable TransactionDefinition definition) {
							throw new UnsupportedOperationException();
						}

						@Override
						public void commit(org.springframework.transaction.TransactionStatus status) {
						}

						@Override
						public void rollback(org.springframework.transaction.TransactionStatus status) {
						}
					})
			.withPropertyValues("dynamite.table-prefix=" + LocalDynamoDb.uniquePrefix("owntx"))
			.run((context) -> assertThat(context).doesNotHaveBean(dev.dynamite.core.DynamiteTransactionManager.class));
	}

	@Configuration(proxyBeanMethods = false)
	@EntityScan(basePackageClasses = Ticket.class)
	@org.springframework.transaction.annotation.EnableTransactionManagement
	static class TransactionalConfiguration {

		@Bean
		TicketDesk ticketDesk(DynamiteOperations operations) {
			return new TicketDesk(operations);
		}
	}

	/** A service whose method writes two tickets in one transaction. */
	static class TicketDesk {

		private final DynamiteOperations operations;

		TicketDesk(DynamiteOperations operations) {
			this.operations = operations;
		}

		@org.springframework.transaction.annotation.Transactional
		public void open(String first, String second, boolean fail) {
			this.operations.create(new Ticket(first, "first"));
			this.operations.create(new Ticket(second, "second"));
			if (fail) {
				throw new IllegalStateException("no second desk");
			}
		}
	}

	@Configuration(proxyBeanMethods = false)
	@EntityScan(basePackageClasses = Ticket.class)
	static class ValidatedConfiguration {

	}

	@Test
	void entityScanReplacesTheApplicationPackage() {
		this.contextRunner.withUserConfiguration(EntityScanConfiguration.class)
			.withPropertyValues("dynamite.table-prefix=" + LocalDynamoDb.uniquePrefix("scan"))
			.run((context) -> {
				assertThat(context.getBean(DynamiteMappingContext.class).getPersistentEntities())
					.extracting((entity) -> (Object) entity.getType())
					.containsExactly(Author.class);
				assertThat(context.getBean(DynamiteSchemaInitializer.class).entityTypes())
					.containsExactly(Author.class);
			});
	}

	@Test
	void aValidateFailureIsExplainedAtStartUp(CapturedOutput output) {
		SpringApplication application = new SpringApplication(Application.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		assertThatThrownBy(() -> application.run("--dynamite.endpoint=" + LocalDynamoDb.endpoint(),
				"--dynamite.credentials.access-key-id=test", "--dynamite.credentials.secret-access-key=test",
				"--dynamite.sync=validate", "--dynamite.table-prefix=" + LocalDynamoDb.uniquePrefix("analyzed")))
			.hasRootCauseInstanceOf(SchemaMismatchException.class);
		assertThat(output).contains("APPLICATION FAILED TO START")
			.containsPattern("DynamoDB schema does not match the Dynamite entities: Table 'analyzed\\d+_\\w+' for "
					+ "entity \\w+ does not exist")
			.contains("set dynamite.sync=create");
	}

	@Test
	void templateBeanIsNamedDynamiteTemplateAndWorks() {
		String prefix = LocalDynamoDb.uniquePrefix("template");
		this.contextRunner.withPropertyValues("dynamite.table-prefix=" + prefix).run((context) -> {
			assertThat(context).hasSingleBean(DynamiteConverter.class);
			assertThat(context).getBean("dynamiteTemplate").isInstanceOf(DynamiteTemplate.class);
			DynamiteOperations operations = context.getBean(DynamiteOperations.class);
			operations.create(new Book("1", "Le Guin", "The Dispossessed"));
			assertThat(operations.where(Book.class, Filter.where("author", "Le Guin"))).extracting(Book::getTitle)
				.containsExactly("The Dispossessed");
		});
	}

	@Test
	void validateModeFailsWithAMessageNamingTheMissingTable() {
		String prefix = LocalDynamoDb.uniquePrefix("validate");
		this.contextRunner.withPropertyValues("dynamite.table-prefix=" + prefix, "dynamite.sync=validate")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context).getFailure()
					.rootCause()
					.isInstanceOf(SchemaMismatchException.class)
					.hasMessageContaining("Table '" + prefix + "books' for entity Book does not exist")
					.hasMessageContaining("dynamite.sync=create");
			});
	}

	@Test
	void validateModeStartsWhenTheTablesExist(CapturedOutput output) {
		String prefix = LocalDynamoDb.uniquePrefix("validated");
		this.contextRunner.withPropertyValues("dynamite.table-prefix=" + prefix).run((created) -> {
			assertThat(created).hasNotFailed();
		});
		this.contextRunner.withPropertyValues("dynamite.table-prefix=" + prefix, "dynamite.sync=validate")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(DynamiteSchemaInitializer.class).getChanges())
					.extracting(SchemaChange::action)
					.containsExactly(SchemaChange.Action.UNCHANGED);
				assertThat(output).contains("Validated DynamoDB tables [" + prefix + "books]");
			});
	}

	@Test
	void noneModeSendsNothing() {
		String prefix = LocalDynamoDb.uniquePrefix("none");
		this.contextRunner.withPropertyValues("dynamite.table-prefix=" + prefix, "dynamite.sync=none")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(DynamiteSchemaInitializer.class).getMode()).isEqualTo(SyncMode.NONE);
				assertThat(context.getBean(DynamoDbClient.class).listTables().tableNames())
					.noneMatch((table) -> table.startsWith(prefix));
			});
	}

	@Test
	void backsOffWhenTheUserDefinesOperations() {
		this.contextRunner.withPropertyValues("dynamite.sync=none")
			.withUserConfiguration(UserTemplateConfiguration.class)
			.run((context) -> {
				assertThat(context).hasSingleBean(DynamiteOperations.class);
				assertThat(context).getBean("myTemplate").isSameAs(context.getBean(DynamiteOperations.class));
				assertThat(context).doesNotHaveBean("dynamiteTemplate");
				// the user's template waits for the schema sync too
				assertThat(context.getBeanFactory().getBeanDefinition("myTemplate").getDependsOn())
					.contains("dynamiteSchemaInitializer");
			});
	}

	@Test
	void attributeConverterBeansAreUserConverters() {
		this.contextRunner.withPropertyValues("dynamite.sync=none")
			.withBean(MoneyConverter.class)
			.run((context) -> {
				Map<String, AttributeValue> item = context.getBean(DynamiteConverter.class)
					.write(new Invoice("i-1", new Money(1999, "EUR")));
				assertThat(item.get("total")).isEqualTo(AttributeValue.fromS("1999 EUR"));
			});
	}

	@Test
	void backsOffWithoutAClient() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(DynamiteDataAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean(DynamiteOperations.class)
				.doesNotHaveBean(DynamiteMappingContext.class));
	}

	record Money(long cents, String currency) {
	}

	@DynamiteTable
	record Invoice(@PrimaryKey String id, Money total) {
	}

	static class MoneyConverter implements AttributeConverter<Money> {

		@Override
		public AttributeValue transformFrom(Money input) {
			return AttributeValue.fromS(input.cents() + " " + input.currency());
		}

		@Override
		public Money transformTo(AttributeValue input) {
			String[] parts = input.s().split(" ");
			return new Money(Long.parseLong(parts[0]), parts[1]);
		}

		@Override
		public EnhancedType<Money> type() {
			return EnhancedType.of(Money.class);
		}

		@Override
		public AttributeValueType attributeValueType() {
			return AttributeValueType.S;
		}
	}

	@Configuration(proxyBeanMethods = false)
	@EntityScan(basePackageClasses = Author.class)
	static class EntityScanConfiguration {

	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@Import(SampleConfiguration.class)
	static class Application {

	}

	@Configuration(proxyBeanMethods = false)
	static class UserTemplateConfiguration {

		@Bean
		DynamiteTemplate myTemplate(DynamoDbClient client, DynamiteMappingContext mappingContext) {
			return new DynamiteTemplate(client, mappingContext);
		}
	}

}
