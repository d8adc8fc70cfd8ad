package org.bianmin.model.cases;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.bianmin.model.resident.PersonName;
import org.bianmin.model.resident.ResidentId;
import org.bianmin.model.resident.SpecialGroup;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class ApplicantSnapshotTest {

	/**
	 * An event's JSON must be the same in every JVM: the hub keeps refused events by the
	 * SHA-256 of their JSON, and node and hub compare what they store. Set.copyOf
	 * iterates in an order salted per JVM, so over every combination of two or more
	 * groups some would come out of enum order.
	 */
	@Test
	void keeps_special_groups_in_the_enum_order_whatever_order_they_came_in() {
		JsonMapper json = JsonMapper.builder().build();
		for (Set<SpecialGroup> groups : combinations()) {
			List<SpecialGroup> reversed = new ArrayList<>(groups);
			java.util.Collections.reverse(reversed);
			ApplicantSnapshot snapshot = new ApplicantSnapshot(ResidentId.of("621121193805125626"),
					PersonName.of("王秀兰"), null, "柳湾村", new HashSet<>(reversed));

			assertThat(snapshot.groups()).containsExactlyElementsOf(EnumSet.copyOf(groups));
			String written = json.writeValueAsString(snapshot);
			ApplicantSnapshot read = json.readValue(written, ApplicantSnapshot.class);
			assertThat(json.writeValueAsString(read)).as("written again").isEqualTo(written);
			assertThat(read).isEqualTo(snapshot);
		}
	}

	private static List<Set<SpecialGroup>> combinations() {
		List<Set<SpecialGroup>> combinations = new ArrayList<>();
		SpecialGroup[] all = SpecialGroup.values();
		for (int mask = 0; mask < (1 << all.length); mask++) {
			Set<SpecialGroup> groups = EnumSet.noneOf(SpecialGroup.class);
			for (int i = 0; i < all.length; i++) {
				if ((mask & (1 << i)) != 0) {
					groups.add(all[i]);
				}
			}
			if (groups.size() >= 2) {
				combinations.add(groups);
			}
		}
		return combinations;
	}

}
