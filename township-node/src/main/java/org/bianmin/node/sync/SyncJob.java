package org.bianmin.node.sync;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;

import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * The scheduled sync run. The outbox and {@code sync_state}, not Quartz, hold what must
 * survive a restart, so Quartz's in-memory store is enough; one run at a time is
 * guaranteed by the runner itself, since "立即同步" starts runs too.
 */
@DisallowConcurrentExecution
class SyncJob extends QuartzJobBean {

	private final SyncRunner runner;

	// constructor injection: Quartz under Spring 7 does not apply setter injection
	SyncJob(SyncRunner runner) {
		this.runner = runner;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) {
		this.runner.runScheduled();
	}

}
