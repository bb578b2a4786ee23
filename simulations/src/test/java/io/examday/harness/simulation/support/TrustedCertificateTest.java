package io.examday.harness.simulation.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrustedCertificateTest {

    private static final char[] PASSWORD = "changeit".toCharArray();

    @TempDir
    Path dir;

    private HttpsServer front;

    /** A TLS front with a self-signed certificate for 127.0.0.1, as the stack's Nginx has. */
    @BeforeEach
    void front() throws Exception {
        Path keys = dir.resolve("front.p12");
        keytool("-genkeypair", "-alias", "front", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
                "-ext", "SAN=ip:127.0.0.1", "-validity", "1", "-keystore", keys.toString(), "-storetype", "PKCS12",
                "-storepass", new String(PASSWORD));
        keytool("-exportcert", "-rfc", "-alias", "front", "-keystore", keys.toString(), "-storepass", new String(PASSWORD),
                "-file", dir.resolve("front.crt").toString());
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = new FileInputStream(keys.toFile())) {
            store.load(in, PASSWORD);
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(store, PASSWORD);
        SSLContext serving = SSLContext.getInstance("TLS");
        serving.init(keyManagers.getKeyManagers(), null, null);
        front = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        front.setHttpsConfigurator(new HttpsConfigurator(serving));
        front.createContext("/login", exchange -> {
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        front.start();
    }

    @AfterEach
    void stop() {
        front.stop(0);
    }

    @Test
    void theHarnesssClientsReachAFrontWhoseCertificateTheyAreGiven() throws Exception {
        assertThat(get(TrustedCertificate.trusting(dir.resolve("front.crt")))).isEqualTo(204);
    }

    @Test
    void withoutItTheSelfSignedFrontIsRefused() {
        assertThatThrownBy(() -> get(TrustedCertificate.jvmDefault())).isInstanceOf(SSLHandshakeException.class);
    }

    @Test
    void aFileThatIsNoCertificateIsRefusedNamingIt() throws IOException {
        Path notACertificate = Files.writeString(dir.resolve("notes.txt"), "not a certificate");

        assertThatThrownBy(() -> TrustedCertificate.trusting(notACertificate))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("notes.txt is not a readable PEM certificate");
    }

    private int get(SSLContext tls) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newBuilder().sslContext(tls).build()) {
            URI login = URI.create("https://127.0.0.1:" + front.getAddress().getPort() + "/login");
            return client.send(HttpRequest.newBuilder(login).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }

    private static void keytool(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(output).isZero();
    }
}
