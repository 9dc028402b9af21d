package dev.dynamite.core.mapping.event;

import org.springframework.beans.factory.ObjectFactory;
import org.springframework.core.Ordered;
import org.springframework.data.auditing.IsNewAwareAuditingHandler;
import org.springframework.util.Assert;

/**
 * Fills {@code @CreatedBy} (a new instance) and {@code @LastModifiedBy} from the {@code AuditorAware} before an entity
 * is converted for a put; registered by {@code @EnableDynamiteAuditing}. New means what
 * {@code DynamitePersistentEntity.isNew} says.
 */
public class AuditingEntityCallback implements BeforeConvertCallback<Object>, Ordered {

	private final ObjectFactory<IsNewAwareAuditingHandler> auditingHandler;

	/**
	 * @param auditingHandler the auditing handler, looked up lazily
	 */
	public AuditingEntityCallback(ObjectFactory<IsNewAwareAuditingHandler> auditingHandler) {
		Assert.notNull(auditingHandler, "IsNewAwareAuditingHandler must not be null");
		this.auditingHandler = auditingHandler;
	}

	@Override
	public Object onBeforeConvert(Object entity, String table) {
		return this.auditingHandler.getObject().markAudited(entity);
	}

	@Override
	public int getOrder() {
		return 100;
	}
}
