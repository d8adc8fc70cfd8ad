package org.bianmin.model.catalog;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.bianmin.model.node.NodeLevel;
import org.jspecify.annotations.Nullable;

/**
 * A valid county-level item to start from; each test changes what it is about.
 */
final class TestItems {

	String code = "T-001";

	String name = "高龄老人生活补贴申请";

	@Nullable String nameEn = "Living allowance for residents aged 80 and over";

	ItemType type = ItemType.ADMINISTRATIVE_BENEFIT;

	Set<NodeLevel> acceptAt = EnumSet.of(NodeLevel.VILLAGE, NodeLevel.TOWNSHIP);

	NodeLevel decidedAt = NodeLevel.COUNTY;

	String department = "县民政局";

	String legalBasis = "《老年人权益保障法》";

	List<String> conditions = new ArrayList<>(List.of("具有本县户籍", "年满80周岁"));

	ItemCategory category = ItemCategory.TIME_LIMITED;

	int legalLimitDays = 20;

	int promisedLimitDays = 10;

	boolean proxyAllowed = true;

	String fee = "不收费";

	List<MaterialRequirement> materials = new ArrayList<>(
			List.of(new MaterialRequirement("居民身份证", MaterialForm.ORIGINAL, 1, true),
					new MaterialRequirement("户口簿", MaterialForm.ORIGINAL, 1, true),
					new MaterialRequirement("银行账户", MaterialForm.COPY, 1, false)));

	static TestItems item() {
		return new TestItems();
	}

	TestItems code(String code) {
		this.code = code;
		return this;
	}

	TestItems name(String name) {
		this.name = name;
		return this;
	}

	ServiceItem build() {
		return new ServiceItem(ItemCode.of(this.code), this.name, this.nameEn, this.type, this.acceptAt, this.decidedAt,
				this.department, this.legalBasis, this.conditions, this.category, this.legalLimitDays,
				this.promisedLimitDays, this.proxyAllowed, this.fee, this.materials);
	}

}
