package dev.dynamite.startupfailure.unscanned;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;


/** An application whose repository manages an entity outside its entity scan. */
@SpringBootApplication
@EntityScan(basePackageClasses = UnscannedEntityApplication.class)
public class UnscannedEntityApplication {
}
