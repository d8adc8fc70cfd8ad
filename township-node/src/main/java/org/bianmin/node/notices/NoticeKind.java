package org.bianmin.node.notices;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The notices a case can have, each with the stage of the case it documents.
 */
public enum NoticeKind {

	/** 受理通知书: the case was accepted and its clock started. */
	ACCEPTANCE,

	/** 材料补正通知书 / 一次性告知书: every missing or faulty material at once. */
	CORRECTION,

	/** 不予受理通知书: the window declined the case, with reasons. */
	REFUSAL,

	/** 办结通知书: the case was decided; the result waits at the window. */
	COMPLETION,

	/** 代办回执: the resident's receipt from their proxy agent. */
	PROXY_RECEIPT;

	/** The kind's part of a notice URL, e.g. {@code proxy-receipt}. */
	public String slug() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The kind a URL names, if any. */
	public static Optional<NoticeKind> fromSlug(String slug) {
		return Arrays.stream(values()).filter((kind) -> kind.slug().equals(slug)).findFirst();
	}

}
