package org.bianmin.hub.lists;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a list to CSV or Excel, and offers both as download links.
 * <ul>
 * <li>CSV by Apache Commons CSV, UTF-8 with a byte-order mark: without it Excel, the
 * program a county office opens a CSV file with, reads UTF-8 Chinese as GBK and shows
 * garbage.</li>
 * <li>Excel by Apache POI's streaming SXSSF workbook: it keeps only a window of rows in
 * memory and flushes the rest to a temporary file, so an export of 100,000 cases needs as
 * little heap as one of 100.</li>
 * </ul>
 */
public final class ListExport {

	/** The UTF-8 byte-order mark. */
	static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	/** Rows SXSSF keeps in memory before flushing to its temporary file. */
	private static final int ROWS_IN_MEMORY = 200;

	/** Excel's limit of rows in a sheet, header included. */
	static final int MAX_EXCEL_ROWS = 1_048_576;

	private ListExport() {
	}

	/** Writes the table as CSV (RFC 4180, UTF-8 with BOM). */
	public static void writeCsv(ExportTable table, OutputStream out) throws IOException {
		out.write(BOM);
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader(table.headers().toArray(String[]::new)).get();
		CSVPrinter printer = new CSVPrinter(writer, format);
		table.rows().accept((row) -> {
			try {
				printer.printRecord(row.stream().map(ListExport::inert).toList());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		printer.flush();
	}

	/**
	 * A text Excel would not take for a formula: a cell typed by a person that starts
	 * with = + @ or a control character is prefixed with an apostrophe (CSV injection).
	 */
	static String inert(String value) {
		if (!value.isEmpty() && "=+@\t\r".indexOf(value.charAt(0)) >= 0) {
			return "'" + value;
		}
		return value;
	}

	/** Writes the table as an Excel workbook (.xlsx) with a bold, frozen header row. */
	public static void writeXlsx(ExportTable table, OutputStream out) throws IOException {
		SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
		try {
			Sheet sheet = workbook.createSheet(table.name());
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row header = sheet.createRow(0);
			for (int i = 0; i < table.headers().size(); i++) {
				Cell cell = header.createCell(i);
				cell.setCellValue(table.headers().get(i));
				cell.setCellStyle(bold);
			}
			sheet.createFreezePane(0, 1);
			int[] next = { 1 };
			table.rows().accept((values) -> {
				if (next[0] >= MAX_EXCEL_ROWS) {
					return;
				}
				Row row = sheet.createRow(next[0]++);
				for (int i = 0; i < values.size(); i++) {
					row.createCell(i).setCellValue(values.get(i));
				}
			});
			workbook.write(out);
		}
		finally {
			workbook.close();
		}
	}

	/**
	 * Two download links, CSV and Excel, for a list whose table is made when the link is
	 * clicked (so the file holds what the filters say then).
	 * @param csvLabel the CSV link's text
	 * @param xlsxLabel the Excel link's text
	 * @param table makes the table to export
	 */
	public static Div links(String idPrefix, String csvLabel, String xlsxLabel, Supplier<ExportTable> table) {
		Anchor csv = new Anchor(download(table, "csv", "text/csv;charset=UTF-8", ListExport::writeCsv), csvLabel);
		csv.setId(idPrefix + "-csv");
		Anchor xlsx = new Anchor(download(table, "xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ListExport::writeXlsx), xlsxLabel);
		xlsx.setId(idPrefix + "-xlsx");
		Div links = new Div(csv, xlsx);
		links.addClassName("bianmin-export");
		return links;
	}

	private static DownloadHandler download(Supplier<ExportTable> tables, String extension, String contentType,
			Writing writing) {
		return (event) -> {
			ExportTable table = tables.get();
			event.setFileName(table.name() + "." + extension);
			event.setContentType(contentType);
			writing.write(table, event.getOutputStream());
		};
	}

	/** Writes a table in one format. */
	@FunctionalInterface
	interface Writing {

		void write(ExportTable table, OutputStream out) throws IOException;

	}

	/** A row of texts, for callers that build rows from values that may be missing. */
	public static List<String> row(Object... values) {
		return java.util.Arrays.stream(values).map((v) -> (v != null) ? v.toString() : "").toList();
	}

}
