package org.bianmin.hub.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.bianmin.model.catalog.CatalogDocument.ItemDocument;
import org.jspecify.annotations.Nullable;

/**
 * The working draft of the next catalog version. Every item in it passed the item rules
 * when it was saved; the rules of the whole catalog and 三级四同 are checked before
 * publishing ({@link CatalogDraftService#check()}).
 *
 * @param basedOn the published version the draft started from, or {@code null} when none
 * was published
 * @param items the items, in catalog order
 * @param revision 0 for a draft not yet stored (a copy of the current version), then one
 * more with every stored change
 * @param updatedAt when it was last changed, if stored
 * @param updatedBy who changed it last, if stored
 */
public record CatalogDraft(@Nullable Integer basedOn, List<ItemDocument> items, long revision,
		@Nullable Instant updatedAt, @Nullable String updatedBy) {

	public CatalogDraft {
		items = List.copyOf(items);
	}

	/**
	 * Whether the draft has been changed and stored, rather than copied from the current
	 * version.
	 */
	public boolean stored() {
		return this.revision > 0;
	}

	/** The version number publishing it would give. */
	public int nextVersion() {
		return (this.basedOn != null) ? this.basedOn + 1 : 1;
	}

	public Optional<ItemDocument> item(String code) {
		return this.items.stream().filter((item) -> code.equals(item.code())).findFirst();
	}

}
