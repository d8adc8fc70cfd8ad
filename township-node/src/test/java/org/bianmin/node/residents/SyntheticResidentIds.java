package org.bianmin.node.residents;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Made-up resident ID numbers with valid check digits, for tests that register people.
 */
public final class SyntheticResidentIds {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private SyntheticResidentIds() {
	}

	/**
	 * A random one born in 1950 (60+ today), area 621121, unlikely to be registered yet.
	 */
	public static String bornIn1950() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String body = String.format("6211211950%02d%02d%03d", random.nextInt(1, 13), random.nextInt(1, 29),
				random.nextInt(1000));
		int sum = 0;
		for (int i = 0; i < WEIGHTS.length; i++) {
			sum += (body.charAt(i) - '0') * WEIGHTS[i];
		}
		return body + "10X98765432".charAt(sum % 11);
	}

}
