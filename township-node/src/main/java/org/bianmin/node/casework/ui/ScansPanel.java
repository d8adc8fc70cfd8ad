package org.bianmin.node.casework.ui;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import org.bianmin.model.cases.CaseChange;
import org.bianmin.model.cases.CaseEvent;
import org.bianmin.model.cases.CommandResult;
import org.bianmin.model.cases.ItemTerms;
import org.bianmin.node.attachments.AttachmentService;

/**
 * The case's scans of materials: a thumbnail or a link for each, and, for who may add
 * one, an upload that takes an image or a PDF from the PC or the phone's camera. The
 * bytes are served through the session (never a public URL), fetched from the hub first
 * when this node does not hold them yet.
 */
class ScansPanel extends Composite<Div> {

	/** What the panel needs from the case page. */
	interface Scans {

		CommandResult attach(String material, InputStream content, String mediaType, String fileName);

		InputStream open(String sha256);

		boolean holds(String sha256);

	}

	private final Scans scans;

	private final Runnable saved;

	ScansPanel(List<CaseEvent> timeline, List<ItemTerms.MaterialTerm> materials, boolean mayAttach, Scans scans,
			Runnable saved) {
		this.scans = scans;
		this.saved = saved;
		Div panel = getContent();
		panel.setId("case-scans");
		panel.add(new H3(getTranslation("casework.scans.title")));
		List<CaseChange.MaterialScanned> attached = timeline.stream()
			.map(CaseEvent::change)
			.filter(CaseChange.MaterialScanned.class::isInstance)
			.map(CaseChange.MaterialScanned.class::cast)
			.toList();
		if (attached.isEmpty()) {
			Paragraph empty = new Paragraph(getTranslation("casework.scans.empty"));
			empty.setId("case-scans-empty");
			panel.add(empty);
		}
		else {
			UnorderedList list = new UnorderedList();
			list.setId("case-scans-list");
			list.addClassName("bianmin-scans");
			attached.forEach((scan) -> list.add(item(scan)));
			panel.add(list);
		}
		if (mayAttach && !materials.isEmpty()) {
			panel.add(createUpload(materials));
		}
	}

	private ListItem item(CaseChange.MaterialScanned scan) {
		DownloadHandler bytes = DownloadHandler.fromInputStream((event) -> {
			try {
				return new DownloadResponse(this.scans.open(scan.sha256()), scan.fileName(), scan.mediaType(),
						scan.size());
			}
			catch (RuntimeException unavailable) {
				return DownloadResponse.error(503, unavailable.getMessage());
			}
		});
		ListItem item = new ListItem();
		item.addClassName("bianmin-scan");
		if (scan.mediaType().startsWith("image/")) {
			Image thumbnail = new Image(bytes, scan.fileName());
			thumbnail.addClassName("bianmin-scan-thumbnail");
			item.add(thumbnail);
		}
		Anchor link = new Anchor(bytes, getTranslation("casework.scans.line", scan.material(), scan.fileName()));
		link.setTarget("_blank");
		link.addClassName("bianmin-scan-link");
		item.add(link);
		if (!this.scans.holds(scan.sha256())) {
			item.add(new Span(getTranslation("casework.scans.not-here")));
		}
		return item;
	}

	private Div createUpload(List<ItemTerms.MaterialTerm> materials) {
		Select<String> material = new Select<>();
		material.setId("scan-material");
		material.setLabel(getTranslation("casework.scans.material"));
		material.setItems(materials.stream().map(ItemTerms.MaterialTerm::name).toList());
		material.setValue(materials.getFirst().name());
		UI ui = UI.getCurrent();
		Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> ui
			.access(() -> attach(material.getValue(), data, metadata.contentType(), metadata.fileName()))));
		upload.setId("scan-upload");
		upload.setAcceptedFileTypes("image/*", "application/pdf", ".pdf");
		upload.setMaxFileSize((int) AttachmentService.MAX_SIZE);
		upload.setMaxFiles(10);
		// the phone opens its camera for a photo of the page
		upload.getElement().setProperty("capture", "environment");
		UploadI18N i18n = new UploadI18N();
		i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("casework.scans.upload"))
			.setMany(getTranslation("casework.scans.upload")));
		i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("casework.scans.drop"))
			.setMany(getTranslation("casework.scans.drop")));
		i18n.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("casework.scans.too-large"))
			.setIncorrectFileType(getTranslation("casework.scans.wrong-type"))
			.setTooManyFiles(getTranslation("casework.scans.upload")));
		upload.setI18n(i18n);
		upload.addFileRejectedListener((rejected) -> error(rejected.getErrorMessage()));
		Paragraph help = new Paragraph(getTranslation("casework.scans.help"));
		Div area = new Div(material, upload, help);
		area.addClassName("bianmin-scan-upload");
		return area;
	}

	private void attach(String material, byte[] data, String mediaType, String fileName) {
		String type = (mediaType == null || mediaType.isBlank()) ? "application/octet-stream" : mediaType;
		if (!type.startsWith("image/") && !type.equals("application/pdf")) {
			error(getTranslation("casework.scans.wrong-type"));
			return;
		}
		if (data.length > AttachmentService.MAX_SIZE) {
			error(getTranslation("casework.scans.too-large"));
			return;
		}
		CommandResult result = this.scans.attach(material, new ByteArrayInputStream(data), type, fileName);
		if (result instanceof CommandResult.Denied denied) {
			error(getTranslation(denied.violation().key(), denied.violation().args().toArray()));
			return;
		}
		Notification.show(getTranslation("casework.scans.saved"));
		this.saved.run();
	}

	private static void error(String message) {
		Notification.show(message).addThemeVariants(NotificationVariant.LUMO_ERROR);
	}

}
