package dev.dynamite.autoconfigure.data;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionManager;

import dev.dynamite.core.DynamiteTemplate;
import dev.dynamite.core.DynamiteTransactionManager;

/**
 * {@code @Transactional} for Dynamite: a {@link DynamiteTransactionManager} named {@code transactionManager}, so that
 * the template's writes inside a transaction go out as one {@code TransactWriteItems} at commit. Only when the
 * application has no transaction manager: it runs after the JDBC, JPA and JTA auto-configurations, whose managers win
 * (next to them, declare a {@code DynamiteTransactionManager} yourself and name it in {@code @Transactional}).
 */
@AutoConfiguration(after = DynamiteDataAutoConfiguration.class,
		afterName = { "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
				"org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
				"org.springframework.boot.transaction.jta.autoconfigure.JtaAutoConfiguration" },
		beforeName = "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration")
@ConditionalOnClass(PlatformTransactionManager.class)
@ConditionalOnBean(DynamiteTemplate.class)
@ConditionalOnMissingBean(TransactionManager.class)
public final class DynamiteTransactionManagerAutoConfiguration {

	@Bean
	DynamiteTransactionManager transactionManager(DynamiteTemplate dynamiteTemplate) {
		return new DynamiteTransactionManager(dynamiteTemplate);
	}
}
