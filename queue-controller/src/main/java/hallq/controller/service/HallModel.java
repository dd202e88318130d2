package hallq.controller.service;

import hallq.controller.core.QueueCore;
import hallq.controller.core.WaitPredictor;
import hallq.controller.core.WindowPolicy;

/**
 * The hall as the writer holds it in memory: the core with its state, the wait predictor, the
 * window-opening policy and the views that present them. Replaced whole when the writer reloads
 * from the store, so a plan or a read always sees one consistent set.
 */
record HallModel(QueueCore core, WaitPredictor predictor, WindowPolicy policy, Views views) {
}
