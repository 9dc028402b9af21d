package dev.dynamite.autoconfigure.data;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.data.domain.AuditorAware;

import dev.dynamite.core.mapping.event.AuditingEntityCallback;
import dev.dynamite.repository.config.EnableDynamiteAuditing;

/**
 * Turns Dynamite's auditing on ({@link EnableDynamiteAuditing @EnableDynamiteAuditing}) when the application defines
 * an {@link AuditorAware} bean and has not turned it on itself: {@code @CreatedBy} and {@code @LastModifiedBy} are
 * filled on every put.
 */
@AutoConfiguration(after = DynamiteDataAutoConfiguration.class)
@ConditionalOnClass(AuditorAware.class)
@ConditionalOnBean(AuditorAware.class)
@ConditionalOnMissingBean(AuditingEntityCallback.class)
@EnableDynamiteAuditing
public final class DynamiteAuditingAutoConfiguration {

}
