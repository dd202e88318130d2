package hallq.controller.doctor;

import java.util.Map;
import java.util.Optional;

/**
 * Judgements on the machine (pure: each takes what was measured): disk, ports, serial devices, an
 * external broker, the clock.
 */
public final class HostJudgements {
    /** Bytes a ticket takes in the database with its events, ledger rows and city events, until measured. */
    static final long BYTES_PER_TICKET = 1_000;
    /** Measured figures are used once the database holds this many tickets. */
    static final long MEASURED_FROM = 1_000;

    private HostJudgements() {
    }

    /**
     * How the disk grows: tickets a day, bytes each, and the backups kept in the data folder, each a
     * copy of the database compressed to {@code backupRatio} of its size.
     */
    public record Growth(long ticketsPerDay, long bytesPerTicket, boolean measured, int backupsKept, double backupRatio) {
        /** Bytes a day: the database's growth, and as much again in every backup kept. */
        long bytesPerDay() {
            return Math.max(1, Math.round(ticketsPerDay * bytesPerTicket * (1 + backupsKept * backupRatio)));
        }
    }

    /**
     * The growth from the database ({@code tickets} over {@code days}, {@code dbBytes}), or from
     * {@code expectedPerDay} and {@link #BYTES_PER_TICKET} while it holds too little to measure.
     */
    public static Growth growth(long tickets, long days, long dbBytes, long expectedPerDay, int backupsKept,
                                double backupRatio) {
        boolean measured = tickets >= MEASURED_FROM && days > 0;
        long perDay = measured ? Math.max(1, tickets / days) : Math.max(1, expectedPerDay);
        long perTicket = measured ? Math.max(1, dbBytes / tickets) : BYTES_PER_TICKET;
        return new Growth(perDay, perTicket, measured, backupsKept, backupRatio);
    }

    /** FAIL under 30 days or without room for one more copy of the database; WARN under a year. */
    public static Finding disk(long freeBytes, long dbBytes, Growth g) {
        long days = freeBytes / g.bytesPerDay();
        String text = String.format("%s free: about %,d days of history at %,d tickets a day (%s per ticket%s, with %d "
                + "backups kept)", bytes(freeBytes), days, g.ticketsPerDay(), bytes(g.bytesPerTicket()),
                g.measured() ? " in this database" : ", estimated", g.backupsKept());
        if (freeBytes < 2 * dbBytes + 100_000_000L) {
            return Finding.fail("disk", bytes(freeBytes) + " free, the database is " + bytes(dbBytes)
                    + ": a backup needs its size again; free space or move the data folder to a larger disk");
        }
        if (days < 30) {
            return Finding.fail("disk", text + ": free space, move old backups off the machine, or a larger disk");
        }
        if (days < 365) {
            return Finding.warn("disk", text + ": plan more space within the year");
        }
        return Finding.ok("disk", text);
    }

    /**
     * A port the controller listens on. {@code holder}: what the controller running on this data
     * folder noted in its lock ({@code key} is its entry for this port), empty when none runs.
     */
    public static Finding port(String what, String host, int port, boolean free, Optional<Map<String, String>> holder,
                               String key) {
        String name = what + " port " + host + ":" + port;
        if (free) {
            return Finding.ok("ports", name + " is free");
        }
        if (holder.isPresent() && Integer.toString(port).equals(holder.get().get(key))) {
            return Finding.ok("ports", name + " is in use by this hall's running controller (pid "
                    + holder.get().getOrDefault("pid", "?") + ")");
        }
        String running = holder.map(h -> " (this hall's controller runs, on " + key + " " + h.getOrDefault(key, "?")
                + ")").orElse("");
        return Finding.fail("ports", name + " is in use by another program" + running + ": find it with ss -ltnp "
                + "'sport = :" + port + "' and stop it, or start the controller with another port");
    }

    /** A serial device of the configuration: whether its port is there, a character device, readable and writable. */
    public static Finding serial(String id, String port, boolean exists, boolean charDevice, boolean readWrite) {
        String name = id + " on " + port;
        if (!exists) {
            return Finding.warn("serial", name + ": not on this machine: plug it in (dmesg names the adapter), or "
                    + "ignore this if it is plugged into a kiosk's or board's own machine");
        }
        if (!charDevice) {
            return Finding.fail("serial", name + ": not a serial device: check the port in the configuration");
        }
        if (!readWrite) {
            return Finding.fail("serial", name + ": present, but this user may not open it: add the user to the port's "
                    + "group (ls -l " + port + "; usually sudo usermod -aG dialout USER, then log in again)");
        }
        return Finding.ok("serial", name + ": present and openable");
    }

    /** {@code problem} null: a TCP connection to the external broker succeeded. */
    public static Finding broker(String url, String problem) {
        if (problem != null) {
            return Finding.fail("broker", url + " cannot be reached (" + problem + "): start the broker (systemctl "
                    + "status mosquitto) or fix --broker");
        }
        return Finding.ok("broker", url + " accepts connections (the controller's login is checked when it connects)");
    }

    /**
     * {@code ntpSynchronized}: what {@code timedatectl show -p NTPSynchronized --value} answered
     * ("yes"/"no"), empty when it could not say ({@code why}).
     */
    public static Finding clock(Optional<String> ntpSynchronized, String why) {
        String matters = "the business day rolls over, and tickets are timed, on this clock";
        if (ntpSynchronized.isEmpty()) {
            return Finding.warn("clock", "cannot tell whether the clock is synchronised (" + why + "): check chrony or "
                    + "ntpd by hand; " + matters);
        }
        if (ntpSynchronized.get().equals("yes")) {
            return Finding.ok("clock", "synchronised (NTP)");
        }
        return Finding.fail("clock", "not synchronised: timedatectl set-ntp true (and timedatectl timesync-status); "
                + matters);
    }

    static String bytes(long n) {
        if (n >= 1L << 30) {
            return String.format("%.1f GiB", n / (double) (1L << 30));
        }
        if (n >= 1L << 20) {
            return String.format("%.1f MiB", n / (double) (1L << 20));
        }
        if (n >= 1L << 10) {
            return String.format("%.1f KiB", n / (double) (1L << 10));
        }
        return String.format("%,d B", n);
    }
}
