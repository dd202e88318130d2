package hallq.sim.serial;

import hallq.devices.DeviceException;
import hallq.devices.serial.SerialLink;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Two {@link SerialLink}s joined in memory, like a null-modem cable: what one writes the other
 * reads. For running devices and simulators in one JVM without socat (fast tests, the
 * virtual-time hall); the pty pair is the real-wire equivalent.
 */
public final class InMemorySerialPair {

    private final Endpoint a;
    private final Endpoint b;

    public InMemorySerialPair(String deviceIdA, String deviceIdB) {
        BlockingQueue<byte[]> aToB = new LinkedBlockingQueue<>();
        BlockingQueue<byte[]> bToA = new LinkedBlockingQueue<>();
        this.a = new Endpoint(deviceIdA, "memory:" + deviceIdA, bToA, aToB);
        this.b = new Endpoint(deviceIdB, "memory:" + deviceIdB, aToB, bToA);
    }

    public SerialLink a() {
        return a;
    }

    public SerialLink b() {
        return b;
    }

    private static final class Endpoint implements SerialLink {

        private final String deviceId;
        private final String portName;
        private final BlockingQueue<byte[]> in;
        private final BlockingQueue<byte[]> out;
        private byte[] leftover = new byte[0];
        private volatile boolean open;

        Endpoint(String deviceId, String portName, BlockingQueue<byte[]> in, BlockingQueue<byte[]> out) {
            this.deviceId = deviceId;
            this.portName = portName;
            this.in = in;
            this.out = out;
        }

        @Override
        public String deviceId() {
            return deviceId;
        }

        @Override
        public String portName() {
            return portName;
        }

        @Override
        public void open() {
            open = true;
        }

        @Override
        public boolean isOpen() {
            return open;
        }

        @Override
        public void write(byte[] bytes) throws DeviceException {
            requireOpen();
            out.add(bytes.clone());
        }

        @Override
        public synchronized int read(byte[] buffer, Duration timeout) throws DeviceException {
            requireOpen();
            if (leftover.length == 0) {
                try {
                    byte[] chunk = in.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
                    if (chunk == null) {
                        return 0;
                    }
                    leftover = chunk;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return 0;
                }
            }
            int n = Math.min(buffer.length, leftover.length);
            System.arraycopy(leftover, 0, buffer, 0, n);
            leftover = Arrays.copyOfRange(leftover, n, leftover.length);
            return n;
        }

        @Override
        public synchronized void discardInput() {
            leftover = new byte[0];
            in.clear();
        }

        @Override
        public void close() {
            open = false;
        }

        private void requireOpen() throws DeviceException {
            if (!open) {
                throw new DeviceException(deviceId, portName + " is not open");
            }
        }
    }
}
