package org.bianmin.hub.sync.auth;

import java.time.Clock;
import java.util.Map;

import org.bianmin.model.sync.SyncProtocol;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Refusals an endpoint makes after the checks (WRONG_OFFSET, HASH_MISMATCH, ...): the
 * same problem body as the filter's.
 */
@RestControllerAdvice(basePackages = "org.bianmin.hub.sync")
class SyncRefusalHandler {

	private final SyncProblems problems;

	private final Clock clock;

	SyncRefusalHandler(SyncProblems problems, Clock clock) {
		this.problems = problems;
		this.clock = clock;
	}

	@ExceptionHandler(SyncRefusalException.class)
	ResponseEntity<Map<String, Object>> refused(SyncRefusalException refusal) {
		var now = this.clock.instant();
		return ResponseEntity.status(refusal.refusal().httpStatus())
			.contentType(MediaType.parseMediaType(SyncProtocol.PROBLEM_MEDIA_TYPE))
			.header(SyncProtocol.HUB_TIME_HEADER, now.toString())
			.body(this.problems.body(refusal, now));
	}

}
