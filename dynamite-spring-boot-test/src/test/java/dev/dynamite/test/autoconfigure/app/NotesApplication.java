package dev.dynamite.test.autoconfigure.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The application the slice tests find by searching upwards for {@code @SpringBootConfiguration}. */
@SpringBootApplication
public class NotesApplication {

}
