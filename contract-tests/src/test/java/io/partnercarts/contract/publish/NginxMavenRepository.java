package io.partnercarts.contract.publish;

import io.partnercarts.contract.processes.Nginx;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * nginx serving a directory as a Maven repository over WebDAV: anyone may read, only the one user of
 * its generated htpasswd file may upload. Everything it writes stays under its prefix directory, and it
 * is stopped on {@link #close()} or, failing that, when the JVM exits ({@link Nginx}).
 */
final class NginxMavenRepository implements AutoCloseable {
    private final Nginx nginx;

    private NginxMavenRepository(Nginx nginx) {
        this.nginx = nginx;
    }

    /** Starts nginx on a free loopback port, with {@code user:password} allowed to upload. */
    static NginxMavenRepository start(Path prefix, String user, String password) throws IOException {
        Files.createDirectories(prefix.resolve("repository"));
        Files.writeString(prefix.resolve("htpasswd"), user + ":" + ssha(password) + "\n");
        return new NginxMavenRepository(Nginx.start(prefix, port -> config(prefix, port)));
    }

    /** The root URL; each directory under it is a repository, for example {@code uri() + "snapshots/"}. */
    URI uri() {
        return nginx.uri();
    }

    /** The directory that is served: what has been uploaded, as files. */
    Path root() {
        return nginx.prefix().resolve("repository");
    }

    @Override
    public void close() {
        nginx.close();
    }

    /** The {@code http} block's directives: one server, the repository directory over WebDAV. */
    private static String config(Path prefix, int port) {
        return """
                client_max_body_size 0;
                default_type application/octet-stream;
                server {
                  listen 127.0.0.1:%2$d;
                  root %1$s/repository;
                  location / {
                    autoindex on;
                    dav_methods PUT MKCOL;
                    create_full_put_path on;
                    dav_access user:rw group:r all:r;
                    limit_except GET HEAD {
                      auth_basic "partner-carts repository";
                      auth_basic_user_file %1$s/htpasswd;
                    }
                  }
                }
                """.formatted(prefix, port);
    }

    /** An htpasswd entry nginx understands without any tool: salted SHA-1. */
    private static String ssha(String password) {
        try {
            byte[] salt = new byte[8];
            new SecureRandom().nextBytes(salt);
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(password.getBytes(StandardCharsets.UTF_8));
            sha1.update(salt);
            byte[] digest = sha1.digest();
            byte[] digestAndSalt = new byte[digest.length + salt.length];
            System.arraycopy(digest, 0, digestAndSalt, 0, digest.length);
            System.arraycopy(salt, 0, digestAndSalt, digest.length, salt.length);
            return "{SSHA}" + Base64.getEncoder().encodeToString(digestAndSalt);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
