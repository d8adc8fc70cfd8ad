package org.bianmin.node.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.bianmin.model.resident.PersonName;
import org.bianmin.model.resident.ResidentId;
import org.bianmin.node.residents.PhoneNumber;
import org.bianmin.node.residents.Resident;

/**
 * Made-up residents for the benchmark: a county's worth of villages (~330) with names
 * made from common syllables, people with common surnames and given names, and ID numbers
 * with a made-up area code, a birth date between 1936 and 2006 and a valid GB 11643 check
 * digit. They belong to no one; the same seed gives the same people.
 */
final class SyntheticResidents {

	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";

	private static final String GIVEN = "秀英桂兰玉珍凤华建国志强明海燕红梅丽娟文军伟芳敏静霞平刚杰磊涛超勇辉鹏飞春花荣德福顺";

	private static final String VILLAGE_FIRST = "青石柳湾大坪小河新田岩脚龙潭白沙杉木桃园松林马鞍凤凰清水黄泥落水高坡双龙中寨石门水井茶园李家王家岔河竹林梅子老街";

	private static final String VILLAGE_SECOND = "湾坪寨坝沟岭冲坡塘口桥山";

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECK_CHARACTERS = "10X98765432";

	private static final String AREA_CODE = "532925";

	private final Random random;

	private final List<String> villages;

	SyntheticResidents(long seed, int villageCount) {
		this.random = new Random(seed);
		this.villages = villages(villageCount);
	}

	List<String> villages() {
		return this.villages;
	}

	/**
	 * Distinct residents, spread over the villages.
	 * @param count how many
	 * @return their register data
	 */
	List<Resident.Data> residents(int count) {
		Set<String> ids = new LinkedHashSet<>();
		List<Resident.Data> residents = new ArrayList<>(count);
		while (residents.size() < count) {
			ResidentId id = residentId();
			if (!ids.add(id.value())) {
				continue;
			}
			boolean female = id.value().charAt(16) % 2 == 0;
			LocalDate born = id.birthDate();
			boolean pregnant = female && born.getYear() > 1985 && this.random.nextInt(20) == 0;
			residents.add(new Resident.Data(id, name(), PhoneNumber.of(phone()),
					this.villages.get(residents.size() % this.villages.size()), this.random.nextInt(25) == 0,
					pregnant));
		}
		return residents;
	}

	private ResidentId residentId() {
		LocalDate born = LocalDate.of(1936, 1, 1).plusDays(this.random.nextInt(70 * 365));
		String body = AREA_CODE + born.toString().replace("-", "") + "%03d".formatted(this.random.nextInt(1000));
		int sum = 0;
		for (int i = 0; i < WEIGHTS.length; i++) {
			sum += (body.charAt(i) - '0') * WEIGHTS[i];
		}
		return ResidentId.of(body + CHECK_CHARACTERS.charAt(sum % 11));
	}

	private PersonName name() {
		StringBuilder name = new StringBuilder().append(pick(SURNAMES)).append(pick(GIVEN));
		if (this.random.nextInt(3) > 0) {
			name.append(pick(GIVEN));
		}
		return PersonName.of(name.toString());
	}

	private String phone() {
		return "1" + (3 + this.random.nextInt(7)) + "%09d".formatted(this.random.nextInt(1_000_000_000));
	}

	private List<String> villages(int count) {
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

	private char pick(String characters) {
		return characters.charAt(this.random.nextInt(characters.length()));
	}

}
