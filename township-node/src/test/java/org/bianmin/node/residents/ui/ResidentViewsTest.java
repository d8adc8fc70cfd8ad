package org.bianmin.node.residents.ui;

import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.bianmin.model.resident.PersonName;
import org.bianmin.model.resident.ResidentId;
import org.bianmin.node.TownshipNodeTest;
import org.bianmin.node.residents.Resident;
import org.bianmin.node.residents.ResidentRegisterService;
import org.bianmin.node.residents.ResidentSummary;
import org.bianmin.node.residents.SyntheticResidentIds;
import org.bianmin.node.staff.StaffPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

@TownshipNodeTest
class ResidentViewsTest extends SpringBrowserlessTest {

	@Autowired
	private ResidentRegisterService residents;

	@Autowired
	private UserDetailsService users;

	/**
	 * Logs the clerk in on the security context holder the UI reads. Not
	 * {@code @WithUserDetails}: once another application context has started in the same
	 * JVM, the static holder may no longer be the strategy that annotation writes to.
	 */
	@BeforeEach
	void logInAsClerk() {
		StaffPrincipal clerk = (StaffPrincipal) this.users.loadUserByUsername("clerk");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(clerk, null, clerk.getAuthorities()));
	}

	@ParameterizedTest(name = "{1}")
	@CsvSource(delimiter = '|', textBlock = """
			62112119530229123  | 居民身份证号码应为18位，请核对位数
			62112119380512562A | 居民身份证号码前17位只能是数字，最后一位是数字或字母X
			621121193805125620 | 身份证号码校验位不正确，可能有一位输错，请逐位核对（包括最后一位）
			621121195302291234 | 身份证号码中的出生日期（第7至14位）不是有效日期，请核对
			621121209901010013 | 身份证号码中的出生日期晚于今天，请核对
			621121380512562    | 这是15位的老身份证号码，请改填18位的居民身份证号码（以现行身份证为准）
			""")
	void shows_each_kind_of_id_error_next_to_the_field_keeping_what_was_typed(String typed, String message) {
		RegisterResidentView view = navigate(RegisterResidentView.class);
		fill(view.form, typed, "王大妈", "13912345678");

		test(view.form.save).click();

		assertThat(view.form.residentId.isInvalid()).isTrue();
		assertThat(view.form.residentId.getErrorMessage()).isEqualTo(message);
		assertThat(view.form.residentId.getValue()).isEqualTo(typed);
		assertThat(view.form.name.isInvalid()).isFalse();
	}

	@Test
	void shows_name_and_phone_errors_in_chinese() {
		RegisterResidentView view = navigate(RegisterResidentView.class);
		fill(view.form, SyntheticResidentIds.bornIn1950(), "王大妈2", "12345");

		test(view.form.save).click();

		assertThat(view.form.name.getErrorMessage()).startsWith("姓名只能包含汉字");
		assertThat(view.form.phone.getErrorMessage()).startsWith("请填写11位手机号码");
		assertThat(view.form.residentId.isInvalid()).isFalse();
	}

	@Test
	void registers_and_opens_the_residents_page_with_the_uuid_in_the_url_and_the_full_id_for_a_clerk() {
		String id = SyntheticResidentIds.bornIn1950();
		RegisterResidentView view = navigate(RegisterResidentView.class);
		fill(view.form, id, "王𠈌", "139 1234 5678");

		test(view.form.save).click();

		String location = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
		assertThat(location).startsWith("residents/").doesNotContain(id).doesNotContain(id.substring(6, 14));
		UUID handle = UUID.fromString(location.substring("residents/".length()));
		assertThat(this.residents.find(handle).data().name().value()).isEqualTo("王𠈌");
		assertThat(find(Span.class).id("resident-page-id").getText()).isEqualTo(id);
		assertThat(find(Span.class).id("resident-page-groups").getText()).contains("60周岁以上");
	}

	@Test
	void a_second_registration_of_an_id_says_so_next_to_the_field() {
		String id = SyntheticResidentIds.bornIn1950();
		register(id, "周一");
		RegisterResidentView view = navigate(RegisterResidentView.class);
		fill(view.form, id, "周二", "");

		test(view.form.save).click();

		assertThat(view.form.residentId.getErrorMessage()).isEqualTo("该身份证号码已经登记过，请查找该居民");
	}

	@Test
	void lists_residents_with_the_id_masked() {
		String id = SyntheticResidentIds.bornIn1950();
		register(id, "吴列表");
		ResidentListView view = navigate(ResidentListView.class);
		TextField search = find(TextField.class).id("resident-search");

		test(search).setValue("吴列表");

		@SuppressWarnings("unchecked")
		Grid<ResidentSummary> grid = find(Grid.class).id("resident-grid");
		assertThat(test(grid).size()).isEqualTo(1);
		assertThat(test(grid).getCellText(0, 1)).isEqualTo(id.substring(0, 6) + "********" + id.substring(14));
		assertThat(view.getElement().getOuterHTML()).doesNotContain(id);
	}

	@Test
	void an_unknown_or_malformed_resident_handle_is_not_found() {
		navigate("residents/" + UUID.randomUUID(), ResidentView.class);
		assertThat(find(Paragraph.class).id("resident-not-found").getText()).isEqualTo("未找到该居民。");

		navigate("residents/621121193805125626", ResidentView.class);
		assertThat(find(Paragraph.class).id("resident-not-found").getText()).isEqualTo("未找到该居民。");
	}

	private Resident register(String id, String name) {
		return this.residents.register(
				new Resident.Data(ResidentId.of(id), PersonName.of(name), null, "柳湾村", false, false),
				(StaffPrincipal) this.users.loadUserByUsername("clerk"));
	}

	private static void fill(ResidentForm form, String id, String name, String phone) {
		form.residentId.setValue(id);
		form.name.setValue(name);
		form.phone.setValue(phone);
		form.village.setValue("柳湾村");
	}

}
