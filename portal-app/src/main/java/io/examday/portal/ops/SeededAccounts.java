package io.examday.portal.ops;

import io.examday.portal.identity.AdmissionCode;
import io.examday.portal.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Accounts the seeds create: the portal's staff and the demo candidate with random secrets, and the load seed's
 * staff with passwords derived from the seed secret. Only hashes are stored.
 */
@Component
class SeededAccounts {

    record Staff(String username, String displayName, Role role) {
    }

    /** The portal's own staff: nothing gives them a password anyone could know in advance. */
    static final List<Staff> STAFF = List.of(
            new Staff("admin", "Administrator", Role.ADMIN),
            new Staff("author", "Exam author", Role.AUTHOR),
            new Staff("proctor", "Proctor", Role.PROCTOR));

    /** A sign-in made just now, in clear for the one time it is shown; {@code admissionCode} only for candidates. */
    record SignIn(String username, Role role, String password, String admissionCode) {
    }

    /** What {@link #createMissingStaff} did: the accounts it made, and those that existed and kept their password. */
    record StaffCreated(List<SignIn> created, List<String> existing) {
    }

    /** What {@link #setStaffPasswords} did. */
    record StaffSet(int created, int reset) {
    }

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    SeededAccounts(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    /** Creates the missing accounts, each with a random password; existing ones are left as they are. */
    StaffCreated createMissingStaff(List<Staff> staff) {
        Map<String, String> existing = passwordHashes(staff);
        List<SignIn> created = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (Staff person : staff) {
            if (existing.containsKey(person.username())) {
                kept.add(person.username());
                continue;
            }
            String password = RandomPassword.next();
            if (insert(person.username(), person.displayName(), person.role(), password, null) == 1) {
                created.add(new SignIn(person.username(), person.role(), password, null));
            } else {
                kept.add(person.username());
            }
        }
        return new StaffCreated(List.copyOf(created), List.copyOf(kept));
    }

    /**
     * Gives each account the password {@code passwordOf} names, creating the missing ones: an existing account whose
     * password differs is reset, one whose password matches is not written.
     */
    StaffSet setStaffPasswords(List<Staff> staff, UnaryOperator<String> passwordOf) {
        Map<String, String> existing = passwordHashes(staff);
        int created = 0;
        int reset = 0;
        for (Staff person : staff) {
            String password = passwordOf.apply(person.username());
            String hash = existing.get(person.username());
            if (hash == null) {
                created += insert(person.username(), person.displayName(), person.role(), password, null);
            } else if (!passwords.matches(password, hash)) {
                reset += jdbc.sql("update app_user set password_hash = ?, role = ? where username = ?")
                        .params(passwords.encode(password), person.role().name(), person.username()).update();
            }
        }
        return new StaffSet(created, reset);
    }

    /** Creates the candidate with a random password and admission code, unless the username exists. */
    Optional<SignIn> createCandidate(String username, String displayName) {
        String password = RandomPassword.next();
        String code = AdmissionCode.random();
        return insert(username, displayName, Role.CANDIDATE, password, AdmissionCode.hash(code)) == 1
                ? Optional.of(new SignIn(username, Role.CANDIDATE, password, code))
                : Optional.empty();
    }

    private Map<String, String> passwordHashes(List<Staff> staff) {
        return jdbc.sql("select username, password_hash from app_user where username = any(?::text[])")
                .param(staff.stream().map(Staff::username).toArray(String[]::new))
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
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
