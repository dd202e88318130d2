package hallq.controller.adapter.http;

import hallq.protocol.rest.Problem;
import io.javalin.http.Context;

/** Problem bodies for the web side: login, sessions and permissions (texts in Chinese, then English). */
final class Problems {
    private Problems() {
    }

    /** What a person sent, quoted in a message: at most 60 characters. */
    static String clip(String s) {
        return s == null || s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }

    static void write(Context ctx, int status, String code, String message) {
        ctx.status(status).json(new Problem(status, code, message));
    }

    /** A request refused before it reached its handler: nothing was changed. */
    static final class Refused extends RuntimeException {
        final int status;
        final String code;

        Refused(int status, String code, String message) {
            super(message, null, false, false);
            this.status = status;
            this.code = code;
        }

        static Refused missing() {
            return new Refused(401, "UNAUTHENTICATED", "请先登录 / please log in");
        }

        static Refused expired() {
            return new Refused(401, "SESSION_EXPIRED", "登录已过期，请重新登录 / your session has expired, please log in again");
        }

        static Refused managersOnly() {
            return new Refused(403, "FORBIDDEN", "只有管理人员可以执行此操作 / only a manager may do this");
        }

        static Refused notYourWindow(int window) {
            return new Refused(403, "FORBIDDEN", window + "号窗口未分配给您 / window " + window + " is not assigned to you");
        }

        static Refused crossSite() {
            return new Refused(403, "FORBIDDEN", "拒绝来自其他网站的请求 / request from another site refused");
        }

        static Refused kioskOnly() {
            return new Refused(401, "DEVICE_UNAUTHENTICATED", "仅限大厅取号机（凭设备账号）或工作人员 / only the hall's "
                    + "kiosks, with their device login (HTTP Basic), or staff may do this");
        }

        static Refused deviceLoginsLimited() {
            return new Refused(429, "RATE_LIMITED", "设备登录失败次数过多，请一分钟后再试 / too many refused device logins "
                    + "from this address; try again in a minute");
        }

        static Refused invalid(String message) {
            return new Refused(400, "INVALID", message);
        }
    }
}
