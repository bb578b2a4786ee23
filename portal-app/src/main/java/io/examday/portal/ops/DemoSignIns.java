package io.examday.portal.ops;

import java.time.Instant;
import java.util.List;

/**
 * What one demo seed made, and the text it prints: the sign-ins created now in clear (the only time they are
 * shown; the portal keeps only their hashes), and the accounts that already existed and kept their secrets.
 */
record DemoSignIns(String examCode, Instant openUntil, List<SeededAccounts.SignIn> created, List<String> existing) {

    private static final String RULE = "=".repeat(78);

    DemoSignIns {
        created = List.copyOf(created);
        existing = List.copyOf(existing);
    }

    String describe() {
        StringBuilder text = new StringBuilder("Demo: exam %s is open until %s.".formatted(examCode, openUntil));
        if (created.isEmpty()) {
            return text.append(" Its accounts already exist and keep their passwords: ")
                    .append(String.join(", ", existing)).append('.').toString();
        }
        text.append('\n').append(RULE).append('\n')
                .append("New sign-ins, shown this once: they will not be shown again (only their hashes are stored).\n");
        for (SeededAccounts.SignIn signIn : created) {
            text.append("  %-9s  %-8s  password %s".formatted(signIn.role().name().toLowerCase(), signIn.username(),
                    signIn.password()));
            if (signIn.admissionCode() != null) {
                text.append("  admission code ").append(signIn.admissionCode());
            }
            text.append('\n');
        }
        if (!existing.isEmpty()) {
            text.append("Already there, keeping their passwords: ").append(String.join(", ", existing)).append('\n');
        }
        return text.append(RULE).toString();
    }
}
