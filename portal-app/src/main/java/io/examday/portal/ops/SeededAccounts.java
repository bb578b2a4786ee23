package io.examday.portal.ops;

import io.examday.portal.identity.AdmissionCode;
import io.examday.portal.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.util.List;

/** The accounts every seeded portal has: the staff of API.md, and single candidates such as the demo one. */
@Component
class SeededAccounts {

    record Staff(String username, String displayName, Role role, String password) {
    }

    /** Fixed by the contract (API.md): the harness and the README sign in with them. */
    static final List<Staff> STAFF = List.of(
            new Staff("admin", "Administrator", Role.ADMIN, "examday-admin"),
            new Staff("author", "Exam author", Role.AUTHOR, "examday-author"),
            new Staff("proctor", "Proctor", Role.PROCTOR, "examday-proctor"));

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    SeededAccounts(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    /** Creates the staff accounts that are missing (existing ones keep their passwords); returns how many. */
    int ensureStaff() {
        List<String> existing = jdbc.sql("select username from app_user where username = any(?::text[])")
                .param(STAFF.stream().map(Staff::username).toArray(String[]::new))
                .query(String.class).list();
        int created = 0;
        for (Staff staff : STAFF) {
            if (!existing.contains(staff.username())) {
                created += insert(staff.username(), staff.displayName(), staff.role(), staff.password(), null);
            }
        }
        return created;
    }

    /** Creates the candidate unless the username exists; its admission code is derived from the seed secret. */
    void ensureCandidate(String username, String displayName, String password, String secret) {
        boolean exists = jdbc.sql("select exists(select 1 from app_user where username = ?)")
                .param(username).query(Boolean.class).single();
        if (!exists) {
            insert(username, displayName, Role.CANDIDATE, password,
                    AdmissionCode.hash(AdmissionCode.derive(secret, username)));
        }
    }

    private int insert(String username, String displayName, Role role, String password, String admissionCodeHash) {
        return jdbc.sql("""
                        insert into app_user (username, display_name, email, role, password_hash, admission_code_hash)
                        values (?, ?, ?, ?, ?, ?) on conflict (username) do nothing""")
                .params(username, displayName, username + "@examday.local", role.name(), passwords.encode(password),
                        admissionCodeHash)
                .update();
    }
}
