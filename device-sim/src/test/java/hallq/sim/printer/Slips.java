package hallq.sim.printer;

import hallq.devices.printer.TicketSlip;
import java.util.List;

final class Slips {

    static final String URL = "https://hallq.example.gov.cn/q/tianhe-center/A023?k=7f3a";

    private Slips() {
    }

    static TicketSlip a023() {
        return new TicketSlip("天河区政务服务中心", "A023", "户籍办理", 7, "约 18 分钟", "2025-06-03 09:41",
                "行政审批区", URL, "政务服务便民热线 12345",
                List.of("请留意叫号屏幕与语音提示", "过号请到咨询导办台重新取号"));
    }
}
