package hallq.sim.idcard;

import hallq.devices.DeviceException;
import hallq.devices.idcard.IdCardEvent;
import hallq.devices.idcard.IdCardFrames;
import hallq.devices.idcard.ResidentIdNumber;
import hallq.devices.serial.SerialLink;

/** A simulated ID card reader (身份证读卡器): a citizen puts a card on it, then takes it off. */
public final class SimIdCardReader {

    private final SerialLink link;
    private final int reader;

    public SimIdCardReader(SerialLink link, int reader) {
        this.link = link;
        this.reader = reader;
    }

    public void present(String name, String idNumber) throws DeviceException {
        link.write(IdCardFrames.encode(new IdCardEvent.CardRead(reader, name, new ResidentIdNumber(idNumber))));
    }

    public void remove() throws DeviceException {
        link.write(IdCardFrames.encode(new IdCardEvent.CardRemoved(reader)));
    }

    public void sendRaw(byte[] bytes) throws DeviceException {
        link.write(bytes);
    }
}
