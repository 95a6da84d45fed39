package org.handout.model;

import java.util.List;
import java.util.Optional;

/**
 * A quotation and, when the source names one, who said it. The attribution is kept apart from
 * the quoted text (without its leading dash) so every format can tie the two together its own way.
 */
public record Quote(List<Block> body, Optional<List<Inline>> attribution, SourceSpan at) implements Block {
    public Quote {
        body = List.copyOf(body);
        attribution = attribution.map(List::copyOf);
    }

    public Optional<String> attributionText() {
        return attribution.map(Inline::plainText);
    }

    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.quote(this);
    }
}
