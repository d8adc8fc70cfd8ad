package org.bianmin.hub.publicsite;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the public pages ({@code bianmin.public-site.*}).
 *
 * @param baseUrl the address residents reach the hub at, e.g.
 * {@code https://zwfw.yunling.gov.cn/}: the QR codes of the service guides link there.
 * Without it the links are made from the address the page was opened at, which is right
 * for one instance but not behind a load balancer that rewrites the host
 * @param maxFailedChecks failed checks a client may make within the window; the next
 * attempt is refused without a lookup until the oldest failure leaves the window
 * @param failedCheckWindow how long a failed check counts against its client
 * @param minimumAnswerTime every progress answer takes at least this long, so that the
 * time an answer takes says nothing about whether the code exists
 */
@ConfigurationProperties("bianmin.public-site")
public record PublicSiteSettings(@Nullable URI baseUrl, @DefaultValue("5") int maxFailedChecks,
		@DefaultValue("PT15M") Duration failedCheckWindow, @DefaultValue("PT0.15S") Duration minimumAnswerTime) {

	public PublicSiteSettings {
		if (maxFailedChecks < 1 || maxFailedChecks > 100) {
			throw new IllegalArgumentException(
					"bianmin.public-site.max-failed-checks must be between 1 and 100, but is " + maxFailedChecks);
		}
		if (failedCheckWindow.isNegative() || failedCheckWindow.isZero()) {
			throw new IllegalArgumentException(
					"bianmin.public-site.failed-check-window must be positive, but is " + failedCheckWindow);
		}
		if (minimumAnswerTime.isNegative() || minimumAnswerTime.compareTo(Duration.ofSeconds(5)) > 0) {
			throw new IllegalArgumentException(
					"bianmin.public-site.minimum-answer-time must be between 0 and 5 seconds, but is "
							+ minimumAnswerTime);
		}
		if (baseUrl != null && !baseUrl.isAbsolute()) {
			throw new IllegalArgumentException("bianmin.public-site.base-url must be absolute, but is " + baseUrl);
		}
	}

}
