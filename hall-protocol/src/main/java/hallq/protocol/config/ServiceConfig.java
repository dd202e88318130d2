package hallq.protocol.config;

import hallq.protocol.Zone;

/**
 * A service (事项类别). {@code meanServiceMinutes} seeds wait predictions until the hall's own
 * history takes over; caps of 0 or absent mean "no cap". {@code guide} is the service guide (办事指南),
 * null when none is configured.
 */
public record ServiceConfig(String id, String name, String nameEn, String prefix, Zone zone,
                            Integer targetWaitMinutes, Double meanServiceMinutes,
                            Integer dailyCap, Integer perPersonDailyCap, ServiceGuide guide) {
    public ServiceConfig {
        nameEn = nameEn == null ? name : nameEn;
        targetWaitMinutes = targetWaitMinutes == null ? 20 : targetWaitMinutes;
        meanServiceMinutes = meanServiceMinutes == null ? 8.0 : meanServiceMinutes;
        dailyCap = dailyCap == null ? 0 : dailyCap;
        perPersonDailyCap = perPersonDailyCap == null ? 0 : perPersonDailyCap;
    }

    ServiceConfig withGuide(ServiceGuide resolved) {
        return new ServiceConfig(id, name, nameEn, prefix, zone, targetWaitMinutes, meanServiceMinutes, dailyCap,
                perPersonDailyCap, resolved);
    }
}
