package hallq.controller.backup;

import hallq.controller.auth.PrivateFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * A backup as one zip file (the JDK's own: no archive library): {@value Manifest#NAME} first, then
 * every entry it lists. Reading checks each entry against its size and SHA-256 in the manifest and
 * refuses an entry the manifest does not list or this release does not know.
 */
final class BackupArchive {
    private static final int MAX_MANIFEST = 1 << 20;

    private BackupArchive() {
    }

    static Manifest.Entry describe(String name, Path file) throws BackupException {
        MessageDigest sha = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            long size = in.transferTo(OutputStream.nullOutputStream());
            return new Manifest.Entry(name, size, HexFormat.of().formatHex(sha.digest()));
        } catch (IOException e) {
            throw new BackupException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes a new file {@code target} (owner-only): the manifest, then each file under its entry name; synced. */
    static void write(Path target, Manifest manifest, Map<String, Path> files) throws BackupException {
        try {
            PrivateFiles.createFile(target);
            try (FileChannel ch = FileChannel.open(target, StandardOpenOption.WRITE);
                 ZipOutputStream zip = new ZipOutputStream(java.nio.channels.Channels.newOutputStream(ch))) {
                zip.putNextEntry(new ZipEntry(Manifest.NAME));
                zip.write(manifest.toJson());
                zip.closeEntry();
                for (Map.Entry<String, Path> f : files.entrySet()) {
                    zip.putNextEntry(new ZipEntry(f.getKey()));
                    Files.copy(f.getValue(), zip);
                    zip.closeEntry();
                }
                zip.finish();
                ch.force(true);
            }
        } catch (IOException e) {
            throw new BackupException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads and checks an archive; with {@code into} not null, writes its entries there (owner-only,
     * under their names), each checked as it is written. Answers the manifest.
     */
    static Manifest read(Path archive, Path into) throws BackupException {
        String name = archive.getFileName().toString();
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            ZipEntry first = zip.getEntry(Manifest.NAME);
            if (first == null) {
                throw new BackupException(name + " is not a HallQ backup: it has no " + Manifest.NAME);
            }
            Manifest manifest;
            try (InputStream in = zip.getInputStream(first)) {
                manifest = Manifest.parse(in.readNBytes(MAX_MANIFEST));
            }
            Set<String> seen = new HashSet<>();
            for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements(); ) {
                ZipEntry e = all.nextElement();
                if (e.getName().equals(Manifest.NAME)) {
                    continue;
                }
                Manifest.Entry listed = manifest.entry(e.getName());
                if (listed == null || !HallFiles.known(e.getName()) || !seen.add(e.getName())) {
                    throw new BackupException(name + " holds an entry its manifest does not list: " + e.getName());
                }
                check(zip, e, listed, into, name);
            }
            List<String> missing = new ArrayList<>();
            manifest.entries().stream().map(Manifest.Entry::name).filter(n -> !seen.contains(n)).forEach(missing::add);
            if (!missing.isEmpty()) {
                throw new BackupException(name + " lacks entries its manifest lists: " + String.join(", ", missing));
            }
            return manifest;
        } catch (NoSuchFileException e) {
            throw new BackupException("no such file: " + archive);
        } catch (ZipException e) {
            throw new BackupException(name + " is not a readable backup archive (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new BackupException("cannot read " + archive + ": " + e.getMessage(), e);
        }
    }

    private static void check(ZipFile zip, ZipEntry e, Manifest.Entry listed, Path into, String archive)
            throws IOException, BackupException {
        MessageDigest sha = sha256();
        long size;
        try (InputStream in = new DigestInputStream(zip.getInputStream(e), sha)) {
            if (into == null) {
                size = in.transferTo(OutputStream.nullOutputStream());
            } else {
                Path target = into.resolve(e.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new BackupException(archive + " holds an entry outside its folder: " + e.getName());
                }
                PrivateFiles.createPrivateDirectories(target.getParent());
                PrivateFiles.createFile(target);
                try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.WRITE)) {
                    size = in.transferTo(out);
                }
            }
        } catch (ZipException ex) {
            throw new BackupException(archive + ": the entry " + e.getName() + " is damaged (" + ex.getMessage() + ")", ex);
        }
        String digest = HexFormat.of().formatHex(sha.digest());
        if (size != listed.size() || !digest.equals(listed.sha256())) {
            throw new BackupException(archive + ": the entry " + e.getName() + " does not match its checksum in the "
                    + "manifest (altered or damaged)");
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
