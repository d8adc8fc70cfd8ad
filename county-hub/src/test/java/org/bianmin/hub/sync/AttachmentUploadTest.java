package org.bianmin.hub.sync;

import java.util.Arrays;
import java.util.Random;

import org.bianmin.model.sync.AttachmentState;
import org.bianmin.model.sync.RequestSignature;
import org.bianmin.model.sync.SyncProtocol;
import org.bianmin.model.sync.SyncRefusal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Attachments over real HTTP (docs/sync-protocol.md 9): chunks resumed where a cut left
 * off, a wrong offset answered with the state to continue from, content that does not
 * match its name discarded, uploads deduplicated across nodes, download with Range.
 */
class AttachmentUploadTest extends SyncEndpointTest {

	private static final int CHUNK = 100_000;

	@Test
	void an_upload_cut_after_a_chunk_resumes_where_the_hub_left_off() {
		Node node = township();
		byte[] content = content(250_000, 1);
		String sha = RequestSignature.sha256Hex(content);

		assertThat(state(node, sha).status).isEqualTo(404);
		assertThat(put(node, sha, content, 0).ok(AttachmentState.class).received()).isEqualTo(CHUNK);
		// the link was cut here: the next run asks the state and resumes
		AttachmentState held = state(node, sha).ok(AttachmentState.class);
		assertThat(held.received()).isEqualTo(CHUNK);
		assertThat(held.complete()).isFalse();
		put(node, sha, content, held.received());
		AttachmentState done = put(node, sha, content, 2L * CHUNK).ok(AttachmentState.class);

		assertThat(done).isEqualTo(new AttachmentState(sha, content.length, content.length, true));
		assertThat(download(node, sha, null).body).isEqualTo(content);
	}

	@Test
	void a_chunk_at_the_wrong_offset_is_answered_with_where_to_continue() {
		Node node = township();
		byte[] content = content(250_000, 2);
		String sha = RequestSignature.sha256Hex(content);
		put(node, sha, content, 0);

		SignedClient.Response response = put(node, sha, content, 2L * CHUNK);

		assertThat(response.status).isEqualTo(409);
		assertThat(response.json().get("code").asString()).isEqualTo(SyncRefusal.WRONG_OFFSET.name());
		assertThat(response.json().get("received").asLong()).isEqualTo(CHUNK);
	}

	@Test
	void content_that_does_not_match_its_name_is_discarded() {
		Node node = township();
		byte[] content = content(150_000, 3);
		String otherName = RequestSignature.sha256Hex(content(10, 4));
		put(node, otherName, content, 0);

		SignedClient.Response last = put(node, otherName, content, CHUNK);

		assertThat(last.status).isEqualTo(422);
		assertThat(last.json().get("code").asString()).isEqualTo(SyncRefusal.HASH_MISMATCH.name());
		assertThat(state(node, otherName).status).isEqualTo(404);
	}

	@Test
	void an_attachment_complete_from_one_node_is_complete_for_every_node() {
		Node first = township();
		Node second = township();
		byte[] content = content(50_000, 5);
		String sha = RequestSignature.sha256Hex(content);
		put(first, sha, content, 0);

		AttachmentState again = put(second, sha, content, 0).ok(AttachmentState.class);

		assertThat(again.complete()).isTrue();
		assertThat(
				this.jdbc.queryForObject("select count(*) from attachment_chunk where sha256 = ?", Integer.class, sha))
			.isEqualTo(1);
	}

	@Test
	void a_download_honours_a_byte_range() {
		Node node = township();
		byte[] content = content(250_000, 6);
		String sha = RequestSignature.sha256Hex(content);
		for (long offset = 0; offset < content.length; offset += CHUNK) {
			put(node, sha, content, offset);
		}

		SignedClient.Response part = download(node, sha, "bytes=99990-100009");

		assertThat(part.status).isEqualTo(206);
		assertThat(part.header("Content-Range")).isEqualTo("bytes 99990-100009/250000");
		assertThat(part.body).isEqualTo(Arrays.copyOfRange(content, 99_990, 100_010));
	}

	@Test
	void refuses_a_chunk_or_an_attachment_over_its_limit() {
		Node node = township();
		byte[] big = new byte[SyncProtocol.MAX_CHUNK_BYTES + 1];
		String sha = RequestSignature.sha256Hex(big);

		SignedClient.Prepared chunk = node.client()
			.prepare("PUT", SyncProtocol.ATTACHMENTS_PATH + "/" + sha + "?size=" + big.length + "&offset=0", big,
					false);
		SignedClient.Prepared huge = node.client()
			.prepare("PUT", SyncProtocol.ATTACHMENTS_PATH + "/" + sha + "?size="
					+ (SyncProtocol.MAX_ATTACHMENT_BYTES + 1) + "&offset=0", new byte[10], false);

		assertThat(node.client().send(chunk).status).isEqualTo(413);
		assertThat(node.client().send(huge).status).isEqualTo(413);
	}

	private SignedClient.Response put(Node node, String sha, byte[] content, long offset) {
		byte[] chunk = Arrays.copyOfRange(content, (int) offset, (int) Math.min(content.length, offset + CHUNK));
		SignedClient.Prepared prepared = node.client()
			.prepare("PUT", SyncProtocol.ATTACHMENTS_PATH + "/" + sha + "?size=" + content.length + "&offset=" + offset,
					chunk, false);
		prepared.contentType = "application/octet-stream";
		return node.client().send(prepared);
	}

	private SignedClient.Response state(Node node, String sha) {
		return node.client()
			.send(node.client()
				.prepare("GET", SyncProtocol.ATTACHMENTS_PATH + "/" + sha + "/state", new byte[0], false));
	}

	private SignedClient.Response download(Node node, String sha, String range) {
		SignedClient.Prepared prepared = node.client()
			.prepare("GET", SyncProtocol.ATTACHMENTS_PATH + "/" + sha, new byte[0], false);
		if (range != null) {
			prepared.headers.put("Range", range);
		}
		return node.client().send(prepared);
	}

	private static byte[] content(int size, long seed) {
		byte[] bytes = new byte[size];
		new Random(seed ^ System.nanoTime()).nextBytes(bytes);
		return bytes;
	}

}
