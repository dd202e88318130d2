package hallq.protocol.config;

import hallq.protocol.Zone;

/**
 * A service (事项类别). {@code meanServiceMinutes} seeds wait predictions until the hall's own
 * history takes over; caps of 0 or absent mean "no cap". {@code guide} is the service guide (办事指南),
 * null when none is configured. {@code promiseDays}: the matter's promised time limit (承诺时限) in
 * working days, for handovers of it to another hall (absent: {@link #DEFAULT_PROMISE_DAYS}).
 * {@code implementationCode} (实施编码) and {@code departmentCode} (the competent department's code)
 * name the matter in the province's catalogue, for its 好差评 records; null when not configured.
 */
public record ServiceConfig(String id, String name, String nameEn, String prefix, Zone zone,
                            Integer targetWaitMinutes, Double meanServiceMinutes,
                            Integer dailyCap, Integer perPersonDailyCap, ServiceGuide guide,
                            Integer promiseDays, String implementationCode, String departmentCode) {
    /**
     * 20 working days: the time an administrative licence may take to decide (《行政许可法》 art. 42,
     * counted in working days by art. 82) — the longest a matter should take when its guide says nothing.
     */
    public static final int DEFAULT_PROMISE_DAYS = 20;

    public ServiceConfig {
        nameEn = nameEn == null ? name : nameEn;
        targetWaitMinutes = targetWaitMinutes == null ? 20 : targetWaitMinutes;
        meanServiceMinutes = meanServiceMinutes == null ? 8.0 : meanServiceMinutes;
        dailyCap = dailyCap == null ? 0 : dailyCap;
        perPersonDailyCap = perPersonDailyCap == null ? 0 : perPersonDailyCap;
        promiseDays = promiseDays == null ? DEFAULT_PROMISE_DAYS : promiseDays;
    }

    public ServiceConfig(String id, String name, String nameEn, String prefix, Zone zone, Integer targetWaitMinutes,
                         Double meanServiceMinutes, Integer dailyCap, Integer perPersonDailyCap, ServiceGuide guide) {
        this(id, name, nameEn, prefix, zone, targetWaitMinutes, meanServiceMinutes, dailyCap, perPersonDailyCap, guide,
                null, null, null);
    }

    ServiceConfig withGuide(ServiceGuide resolved) {
        return new ServiceConfig(id, name, nameEn, prefix, zone, targetWaitMinutes, meanServiceMinutes, dailyCap,
                perPersonDailyCap, resolved, promiseDays, implementationCode, departmentCode);
    }
}
