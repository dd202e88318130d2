package hallq.controller.guide;

import hallq.protocol.config.HallConfig;
import hallq.protocol.config.ServiceConfig;
import hallq.protocol.config.ServiceGuide;
import java.time.LocalDate;
import java.util.List;

/**
 * A service guide (办事指南) as citizens get it: the configured guide, with where and when to go
 * taken from the hall configuration (the regular windows that serve the service, opening hours, hotlines).
 */
public record GuideView(String serviceId, String service, String serviceEn, String hall, String hallEn,
                        List<Place> windows, List<String> hours, String hotline, String complaintPhone, String page,
                        String matter, String matterEn, String kind, String department, String departmentEn,
                        List<String> applicants, List<String> conditions, List<ServiceGuide.Material> materials,
                        List<ServiceGuide.Step> steps, ServiceGuide.TimeLimit legalTimeLimit,
                        ServiceGuide.TimeLimit promisedTimeLimit, int visits, List<ServiceGuide.Fee> fees,
                        List<String> pickup, List<String> legalBasis, String phone, List<String> notes,
                        LocalDate updated) {

    /** A window where the service is handled. */
    public record Place(int number, String name, String department) {
    }

    /** The guide of a service, or null when the service is unknown or has none. */
    public static GuideView of(HallConfig config, String serviceId) {
        ServiceConfig s = config.service(serviceId);
        if (s == null || s.guide() == null) {
            return null;
        }
        ServiceGuide g = s.guide();
        List<Place> windows = config.windows().stream().filter(w -> !w.standby() && w.services().contains(s.id()))
                .map(w -> new Place(w.number(), w.name(), w.department())).toList();
        String page = config.hall().publicBaseUrl().replaceAll("/+$", "") + "/guide/" + s.id();
        return new GuideView(s.id(), s.name(), s.nameEn(), config.hall().name(), config.hall().nameEn(), windows,
                config.hall().hours(), config.hall().hotline(), config.hall().complaintPhone(), page, g.matter(),
                g.matterEn(), g.kind(), g.department(), g.departmentEn(), g.applicants(), g.conditions(),
                g.materials(), g.steps(), g.legalTimeLimit(), g.promisedTimeLimit(), g.visits(), g.fees(),
                g.pickup(), g.legalBasis(), g.phone(), g.notes(), g.updated());
    }
}
