package org.handout.check.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.bind.JAXBException;
import org.handout.check.PdfValidationResult;
import org.verapdf.core.EncryptedPdfException;
import org.verapdf.core.ModelParsingException;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Profiles;
import org.verapdf.pdfa.validation.profiles.Reference;
import org.verapdf.pdfa.validation.profiles.Rule;
import org.verapdf.pdfa.validation.profiles.RuleId;
import org.verapdf.pdfa.validation.profiles.ValidationProfile;

/**
 * Validates a PDF with veraPDF, the reference validator. PDF/UA-1 is what handout's PDFs claim;
 * the flavour stays a parameter so PDF/A can be added without a second validator.
 * Instances are immutable and may be shared between threads: every call gets its own parser and validator.
 */
public final class PdfUaValidator {

    /**
     * veraPDF's own file of the PDF/UA-1 profile. Read alone, it spares the build veraPDF's profile
     * directory, which parses all fifteen profiles veraPDF bundles (4 MB of XML, a third of a second
     * at start) to hand out one.
     */
    static final String PDF_UA_1_PROFILE = "/org/verapdf/pdfa/validation/PDFUA-1.xml";

    private final PDFAFlavour flavour;
    private final ValidationProfile profile;

    /**
     * @throws IllegalArgumentException for a flavour veraPDF has no bundled profile for; in veraPDF 1.30.1 that
     *                                  includes every WCAG flavour (WCAG_2_1, WCAG_2_2_MACHINE, …)
     */
    public PdfUaValidator(PDFAFlavour flavour) {
        Objects.requireNonNull(flavour);
        VeraPdf.foundry();
        this.flavour = flavour;
        this.profile = flavour == PDFAFlavour.PDFUA_1 ? pdfUa1Profile() : bundledProfile(flavour);
    }

    public static PdfUaValidator pdfUa1() {
        return new PdfUaValidator(PDFAFlavour.PDFUA_1);
    }

    public PDFAFlavour flavour() {
        return flavour;
    }

    private static ValidationProfile bundledProfile(PDFAFlavour flavour) {
        if (!Profiles.getVeraProfileDirectory().getPDFAFlavours().contains(flavour)) {
            throw new IllegalArgumentException("veraPDF has no validation profile for " + flavour.getId());
        }
        return Profiles.getVeraProfileDirectory().getValidationProfileByFlavour(flavour);
    }

    /** The PDF/UA-1 profile from its own file, or from the directory should veraPDF have moved the file. */
    static ValidationProfile pdfUa1Profile() {
        try (InputStream in = PdfUaValidator.class.getResourceAsStream(PDF_UA_1_PROFILE)) {
            if (in != null) {
                ValidationProfile profile = Profiles.profileFromXml(in);
                if (profile.getPDFAFlavour() == PDFAFlavour.PDFUA_1) {
                    return profile;
                }
            }
        } catch (IOException | JAXBException e) {
            // The directory below reads the same profile, only with all the others.
        }
        return bundledProfile(PDFAFlavour.PDFUA_1);
    }

    /** @throws IOException when the file cannot be read or is not a PDF veraPDF can parse (e.g. encrypted) */
    public PdfValidationResult validate(Path pdf) throws IOException {
        VeraPDFFoundry foundry = VeraPdf.foundry();
        try (InputStream in = Files.newInputStream(pdf);
             PDFAParser parser = foundry.createParser(in, flavour);
             PDFAValidator validator = foundry.createValidator(profile, false)) {
            return toResult(validator.validate(parser));
        } catch (ModelParsingException | EncryptedPdfException e) {
            throw new IOException("veraPDF cannot parse " + pdf + ": " + e.getMessage(), e);
        } catch (ValidationException e) {
            throw new IOException("veraPDF failed while validating " + pdf + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            // PDFAParser/PDFAValidator.close() are declared to throw Exception.
            throw new IOException("veraPDF failed on " + pdf + ": " + e.getMessage(), e);
        }
    }

    private PdfValidationResult toResult(ValidationResult result) {
        ValidationProfile profile = result.getValidationProfile();
        List<PdfValidationResult.FailedRule> failed = result.getFailedChecks().entrySet().stream()
                .map(entry -> failedRule(profile, entry))
                .sorted(PdfValidationResult.FailedRule.CLAUSE_ORDER)
                .toList();
        return new PdfValidationResult(flavour.getId(), profile.getDetails().getName(),
                result.isCompliant() && failed.isEmpty(), failed);
    }

    private static PdfValidationResult.FailedRule failedRule(ValidationProfile profile, Map.Entry<RuleId, Integer> entry) {
        RuleId id = entry.getKey();
        Rule rule = profile.getRuleByRuleId(id);
        String description = rule == null ? "" : rule.getDescription();
        List<String> tags = rule == null ? List.of() : List.copyOf(rule.getTagsSet());
        List<String> references = rule == null ? List.of()
                : rule.getReferences().stream().map(PdfUaValidator::reference).toList();
        return new PdfValidationResult.FailedRule(id.getClause(), id.getTestNumber(), description, entry.getValue(),
                tags.stream().sorted().toList(), references);
    }

    private static String reference(Reference reference) {
        return (reference.getSpecification() + " " + reference.getClause()).trim();
    }

    /** veraPDF's foundry is registered once per JVM, on first use, by the class-holder idiom. */
    private static final class VeraPdf {
        private static final VeraPDFFoundry FOUNDRY;

        static {
            VeraGreenfieldFoundryProvider.initialise();
            FOUNDRY = Foundries.defaultInstance();
        }

        static VeraPDFFoundry foundry() {
            return FOUNDRY;
        }
    }
}
