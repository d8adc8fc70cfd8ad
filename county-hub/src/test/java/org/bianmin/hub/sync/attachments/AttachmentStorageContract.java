package org.bianmin.hub.sync.attachments;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Random;

import org.bianmin.model.node.NodeCode;
import org.bianmin.model.sync.RequestSignature;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Attachments kept in the database work alike on H2 and PostgreSQL (binary chunks, the
 * compare-and-set on the received count, the hash over all chunks).
 */
abstract class AttachmentStorageContract {

	@Autowired
	AttachmentService attachments;

	@Test
	void stores_chunks_and_gives_the_content_back() {
		byte[] content = new byte[300_000];
		new Random().nextBytes(content);
		String sha = RequestSignature.sha256Hex(content);

		put(sha, content, 0, 200_000);
		AttachmentService.Result last = put(sha, content, 200_000, 300_000);

		assertThat(last.refusal()).isNull();
		assertThat(last.state().complete()).isTrue();
		ByteArrayOutputStream read = new ByteArrayOutputStream();
		this.attachments.read(sha, 0, content.length, read::writeBytes);
		assertThat(read.toByteArray()).isEqualTo(content);
	}

	@Test
	void refuses_a_chunk_out_of_order_and_discards_content_of_another_hash() {
		byte[] content = new byte[20_000];
		new Random().nextBytes(content);
		String wrongName = RequestSignature.sha256Hex(new byte[] { 1, 2, 3 });

		assertThat(put(wrongName, content, 10_000, 20_000).refusal()).isNotNull();
		put(wrongName, content, 0, 10_000);
		AttachmentService.Result last = put(wrongName, content, 10_000, 20_000);

		assertThat(last.refusal().refusal().name()).isEqualTo("HASH_MISMATCH");
		assertThat(this.attachments.state(wrongName).orElseThrow().received()).isZero();
	}

	private AttachmentService.Result put(String sha, byte[] content, int from, int to) {
		return this.attachments.put(NodeCode.of("QS"),
				new AttachmentService.Chunk(sha, content.length, from, Arrays.copyOfRange(content, from, to)));
	}

}
