package org.bianmin.hub.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.bianmin.model.cases.ApplicantSnapshot;
import org.bianmin.model.node.NodeCode;
import org.bianmin.model.resident.PersonName;
import org.bianmin.model.resident.ResidentId;
import org.bianmin.model.resident.SpecialGroup;

/**
 * A made-up county like the seed's (云岭县): 18 townships, among them the demo's 青石镇 (QS)
 * and 白沙镇 (BS), 330 villages, each a village point with its own node code (the demo's 柳湾村
 * is QSLW), and residents spread over the villages, with names made from common
 * characters and ID numbers with the demo county's area code, a birth date between 1936
 * and 2008 and a valid GB 11643 check digit. They belong to no one; the same seed gives
 * the same county.
 */
final class SyntheticCounty {

	static final String AREA_CODE = "621121";

	private static final String[][] TOWNSHIPS = { { "QS", "青石镇" }, { "BS", "白沙镇" }, { "HK", "河口镇" }, { "SM", "石门乡" },
			{ "LT", "龙潭镇" }, { "DP", "大坪乡" }, { "XT", "新田镇" }, { "YJ", "岩脚乡" }, { "SL", "松林镇" }, { "MA", "马鞍乡" },
			{ "FH", "凤凰镇" }, { "QL", "清水乡" }, { "HN", "黄泥镇" }, { "GP", "高坡乡" }, { "SH", "双河镇" }, { "ZZ", "中寨乡" },
			{ "CY", "茶园镇" }, { "ZL", "竹林乡" } };

	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";

	private static final String GIVEN = "秀英桂兰玉珍凤华建国志强明海燕红梅丽娟文军伟芳敏静霞平刚杰磊涛超勇辉鹏飞春花荣德福顺";

	private static final String VILLAGE_FIRST = "柳湾青石大坪小河新田岩脚龙潭白沙杉木桃园松林马鞍凤凰清水黄泥落水高坡双龙中寨石门水井茶园李家王家岔河竹林梅子老街";

	private static final String VILLAGE_SECOND = "湾坪寨坝沟岭冲坡塘口桥山";

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECK_CHARACTERS = "10X98765432";

	private final List<Township> townships = new ArrayList<>();

	private final List<Village> villages = new ArrayList<>();

	private final String[] residentIds;

	private final String[] residentNames;

	private final int[] residentVillage;

	private final boolean[] residentDisabled;

	/**
	 * Residents aged 80 or more on the generator's first day: the 高龄 items' applicants.
	 */
	private final int[] elderly;

	SyntheticCounty(long seed, int villageCount, int residentCount, LocalDate firstDay) {
		SplittableRandom random = new SplittableRandom(seed);
		for (String[] township : TOWNSHIPS) {
			this.townships.add(new Township(NodeCode.of(township[0]), township[1]));
		}
		List<String> names = villageNames(villageCount);
		names.set(0, "柳湾村");
		for (int i = 0; i < villageCount; i++) {
			Township township = this.townships.get(i % this.townships.size());
			int number = i / this.townships.size() + 1;
			// the demo's village point 柳湾村 of 青石镇 keeps its code
			NodeCode code = (i == 0) ? NodeCode.of("QSLW")
					: NodeCode.of(township.code().value() + "%02d".formatted(number));
			this.villages.add(new Village(code, names.get(i), township));
		}
		this.residentIds = new String[residentCount];
		this.residentNames = new String[residentCount];
		this.residentVillage = new int[residentCount];
		this.residentDisabled = new boolean[residentCount];
		Set<String> seen = new HashSet<>(residentCount * 2);
		List<Integer> old = new ArrayList<>();
		LocalDate eighty = firstDay.minusYears(80);
		for (int i = 0; i < residentCount; i++) {
			String id;
			do {
				id = residentId(random);
			}
			while (!seen.add(id));
			this.residentIds[i] = id;
			this.residentNames[i] = name(random);
			this.residentVillage[i] = random.nextInt(villageCount);
			this.residentDisabled[i] = random.nextInt(30) == 0;
			if (!ResidentId.of(id).birthDate().isAfter(eighty)) {
				old.add(i);
			}
		}
		this.elderly = old.stream().mapToInt(Integer::intValue).toArray();
	}

	List<Township> townships() {
		return this.townships;
	}

	List<Village> villages() {
		return this.villages;
	}

	int residents() {
		return this.residentIds.length;
	}

	/** A resident at random; aged 80 or more if asked for and there is one. */
	int resident(SplittableRandom random, boolean aged80) {
		if (aged80 && this.elderly.length > 0) {
			return this.elderly[random.nextInt(this.elderly.length)];
		}
		return random.nextInt(this.residentIds.length);
	}

	Village villageOf(int resident) {
		return this.villages.get(this.residentVillage[resident]);
	}

	/** The resident as a case records them on a day. */
	ApplicantSnapshot applicant(int resident, LocalDate on, SplittableRandom random) {
		ResidentId id = ResidentId.of(this.residentIds[resident]);
		String phone = (random.nextInt(4) == 0) ? null
				: "1" + (3 + random.nextInt(7)) + "%09d".formatted(random.nextInt(1_000_000_000));
		return new ApplicantSnapshot(id, PersonName.of(this.residentNames[resident]), phone, villageOf(resident).name(),
				SpecialGroup.of(id, on, this.residentDisabled[resident], false));
	}

	String residentId(int resident) {
		return this.residentIds[resident];
	}

	String residentName(int resident) {
		return this.residentNames[resident];
	}

	private static String residentId(SplittableRandom random) {
		LocalDate born = LocalDate.of(1936, 1, 1).plusDays(random.nextInt(72 * 365));
		String body = AREA_CODE + born.toString().replace("-", "") + "%03d".formatted(random.nextInt(1000));
		return body + checkCharacter(body);
	}

	/** GB 11643's check character of the first 17 digits. */
	static char checkCharacter(String body) {
		int sum = 0;
		for (int i = 0; i < WEIGHTS.length; i++) {
			sum += (body.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK_CHARACTERS.charAt(sum % 11);
	}

	private static String name(SplittableRandom random) {
		StringBuilder name = new StringBuilder().append(pick(SURNAMES, random)).append(pick(GIVEN, random));
		if (random.nextInt(3) > 0) {
			name.append(pick(GIVEN, random));
		}
		return name.toString();
	}

	private static char pick(String characters, SplittableRandom random) {
		return characters.charAt(random.nextInt(characters.length()));
	}

	private static List<String> villageNames(int count) {
		List<String> names = new ArrayList<>(count);
		for (int i = 0; i < VILLAGE_FIRST.length() - 1 && names.size() < count; i += 2) {
			for (int j = 0; j < VILLAGE_SECOND.length() && names.size() < count; j++) {
				names.add(VILLAGE_FIRST.substring(i, i + 2) + VILLAGE_SECOND.charAt(j) + "村");
			}
		}
		// more villages than syllable pairs: number the rest, as 一组, 二组 would be
		for (int n = 2; names.size() < count; n++) {
			int size = names.size();
			for (int k = 0; k < size && names.size() < count; k++) {
				names.add(names.get(k).replace("村", n + "村"));
			}
		}
		return names;
	}

	/** A township node. */
	record Township(NodeCode code, String name) {
	}

	/** A village point (a village node) and its township. */
	record Village(NodeCode code, String name, Township township) {
	}

}
