package io.examday.harness.simulation.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The harness's own HTTP clients (the staff's calls, the rehearsal) trusting the one certificate a local TLS front
 * presents: the stack's self-signed one. Gatling's virtual users need none of this: Gatling trusts any certificate.
 */
final class TrustedCertificate {

    private TrustedCertificate() {}

    /** An SSL context trusting the PEM certificate in the file, and nothing else. */
    static SSLContext trusting(Path pem) {
        try (InputStream in = Files.newInputStream(pem)) {
            Certificate certificate = CertificateFactory.getInstance("X.509").generateCertificate(in);
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            store.setCertificateEntry("target", certificate);
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("-DtargetCertificate=" + pem + " is not a readable PEM certificate: " + e.getMessage(), e);
        }
    }

    /** The JVM's default context: public certificate authorities, for a target without a certificate of its own. */
    static SSLContext jvmDefault() {
        try {
            return SSLContext.getDefault();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM has no default TLS context", e);
        }
    }
}
