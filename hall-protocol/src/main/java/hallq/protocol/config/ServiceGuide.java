package hallq.protocol.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A service guide (办事指南): what a citizen must know before coming, and the checklist of materials
 * told in one go (一次性告知). In the hall file a service's {@code guide} is a file reference
 * ({@code guide: guides/HJ.yml}, resolved next to the hall file) or written inline; {@code file}
 * names where it came from (null inline). Content is in Chinese; {@code *En} fields name things
 * for the English page.
 */
public record ServiceGuide(String file, String matter, String matterEn, String kind, String department,
                           String departmentEn, List<String> applicants, List<String> conditions,
                           List<Material> materials, List<Step> steps, TimeLimit legalTimeLimit,
                           TimeLimit promisedTimeLimit, Integer visits, List<Fee> fees, List<String> pickup,
                           List<String> legalBasis, String phone, List<String> notes, LocalDate updated) {

    /** One document to bring: how many originals (原件) and copies (复印件), and when it is needed. */
    public record Material(String name, String nameEn, Integer originals, Integer copies, Boolean required,
                           String notes) {
        public Material {
            originals = originals == null ? 1 : originals;
            copies = copies == null ? 0 : copies;
            required = required == null || required;
        }
    }

    public record Step(String name, String nameEn, String detail) {
    }

    /** A time limit (办结时限); {@code days} is unused for {@code ON_THE_SPOT} (即办). */
    public record TimeLimit(Unit unit, Integer days, String note) {
        public enum Unit { ON_THE_SPOT, WORKING_DAYS, DAYS }
    }

    /** A fee (收费项目) in yuan, with its basis; a guide without fees means the service is free. */
    public record Fee(String item, Double yuan, String per, String basis) {
    }

    public ServiceGuide {
        applicants = copy(applicants);
        conditions = copy(conditions);
        materials = copy(materials);
        steps = copy(steps);
        fees = copy(fees);
        pickup = copy(pickup);
        legalBasis = copy(legalBasis);
        notes = copy(notes);
        visits = visits == null ? 1 : visits;
    }

    /** {@code guide: guides/HJ.yml}: a reference the loader replaces by the file's content. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ServiceGuide reference(String file) {
        return new ServiceGuide(file, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null);
    }

    ServiceGuide from(String source) {
        return new ServiceGuide(source, matter, matterEn, kind, department, departmentEn, applicants, conditions,
                materials, steps, legalTimeLimit, promisedTimeLimit, visits, fees, pickup, legalBasis, phone, notes,
                updated);
    }

    /** Keeps empty entries, so that the validator can name them. */
    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
