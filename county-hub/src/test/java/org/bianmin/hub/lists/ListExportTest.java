package org.bianmin.hub.lists;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ListExportTest {

	private static final ExportTable TABLE = new ExportTable("cases", List.of("查询码", "申请人", "理由"), (sink) -> {
		sink.accept(List.of("260302-001-QS-7", "王𠈌兰", "材料不全, 需补 \"户口簿\""));
		sink.accept(List.of("260302-002-QS-K", "=HYPERLINK(\"x\")", ""));
	});

	@Test
	void csv_starts_with_a_byte_order_mark_so_excel_reads_chinese_and_quotes_what_needs_it() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		ListExport.writeCsv(TABLE, out);

		byte[] bytes = out.toByteArray();
		assertThat(Arrays.copyOf(bytes, 3)).isEqualTo(ListExport.BOM);
		String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
		assertThat(text.lines()).containsExactly("查询码,申请人,理由", "260302-001-QS-7,王𠈌兰,\"材料不全, 需补 \"\"户口簿\"\"\"",
				"260302-002-QS-K,\"'=HYPERLINK(\"\"x\"\")\",");
	}

	@Test
	void excel_holds_the_header_and_every_row_with_rare_characters() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		ListExport.writeXlsx(TABLE, out);

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			Sheet sheet = workbook.getSheet("cases");
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("查询码");
			assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("王𠈌兰");
			assertThat(sheet.getLastRowNum()).isEqualTo(2);
		}
	}

	@Test
	void a_big_list_streams_through_without_holding_its_rows() throws IOException {
		ExportTable big = new ExportTable("big", List.of("n"), (sink) -> {
			for (int i = 0; i < 20_000; i++) {
				sink.accept(List.of(String.valueOf(i)));
			}
		});
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		ListExport.writeXlsx(big, out);

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			assertThat(workbook.getSheet("big").getLastRowNum()).isEqualTo(20_000);
		}
	}

}
