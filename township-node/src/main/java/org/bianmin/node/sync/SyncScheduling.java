package org.bianmin.node.sync;

import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs {@link SyncJob} every {@code bianmin.sync.interval}, unless
 * {@code bianmin.sync.enabled=false} (the tests, which must never reach a hub another
 * engineer runs on port 8080).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "bianmin.sync.enabled", havingValue = "true", matchIfMissing = true)
class SyncScheduling {

	@Bean
	JobDetail syncJobDetail() {
		return JobBuilder.newJob(SyncJob.class).withIdentity("sync").storeDurably().build();
	}

	@Bean
	Trigger syncTrigger(JobDetail syncJobDetail, SyncSettings settings) {
		return TriggerBuilder.newTrigger()
			.forJob(syncJobDetail)
			.withIdentity("sync-every-interval")
			// a few seconds after the start, so the node's screens come up first
			.startAt(java.util.Date.from(java.time.Instant.now().plusSeconds(5)))
			.withSchedule(SimpleScheduleBuilder.simpleSchedule()
				.withIntervalInMilliseconds(settings.interval().toMillis())
				.repeatForever()
				.withMisfireHandlingInstructionNextWithRemainingCount())
			.build();
	}

}
