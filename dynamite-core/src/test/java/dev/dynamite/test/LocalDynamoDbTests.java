package dev.dynamite.test;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ListTablesRequest;

import static org.assertj.core.api.Assertions.assertThat;

class LocalDynamoDbTests {

	@Test
	void sharedServerAnswersAndInterceptorRecordsTheRequest() {
		RecordingInterceptor recorder = new RecordingInterceptor();
		try (DynamoDbClient client = LocalDynamoDb.client(recorder)) {
			assertThat(client.listTables(ListTablesRequest.builder().build()).tableNames()).isNotNull();
		}
		assertThat(recorder.names()).containsExactly("ListTables");
	}
}
