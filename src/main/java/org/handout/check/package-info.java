/**
 * What must survive and whether it did: the {@code Outline} and whole text a handout must carry
 * ({@code ExpectedContent}), the {@code OutlineComparison} and {@code TextComparison}, the {@code FidelityCheck} that reads a file back and measures it,
 * the types a format's check is made of ({@code FormatReader}, {@code ReadBack} and the
 * {@code Fidelity} it keeps, {@code MeasureRule}, {@code OutputValidator}), the reports' records and the print rules every format shares. One
 * subpackage per format's reader and measures, mirroring {@code render}, and {@code report} for
 * the files the check writes. Depends on the model only; subpackages depend on this root, never
 * the reverse.
 */
package org.handout.check;
