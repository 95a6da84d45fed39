package org.handout.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {
    private static final SourceSpan AT = new SourceSpan(1, 1);

    private static TableCell cell(String text) {
        return new TableCell(List.of(new Text(text)));
    }

    @Test
    void aRowWithTheHeadersCellCountIsATable() {
        Table table = new Table(List.of(cell("Dose"), cell("Time")), List.of(List.of(cell("1"), cell("8:00"))), AT);

        assertThat(table.rows()).hasSize(1);
    }

    @Test
    void aRowShorterOrLongerThanTheHeaderIsRefused() {
        assertThatThrownBy(() -> new Table(List.of(cell("Dose"), cell("Time")), List.of(List.of(cell("1"))), AT))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a table row has 1 cells, its header 2");
        assertThatThrownBy(() -> new Table(List.of(cell("Dose")), List.of(List.of(cell("1"), cell("8:00"))), AT))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
