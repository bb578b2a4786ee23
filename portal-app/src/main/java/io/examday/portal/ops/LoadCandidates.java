package io.examday.portal.ops;

import io.examday.portal.identity.AdmissionCode;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.List;

/**
 * Seeded candidates ({@code cand-00001…} or {@code rehearsal-00001…}) and their enrolments, loaded with COPY into a temporary table and merged with
 * a few set-based statements: 20,000 candidates take seconds. The shared password is hashed once (BCrypt is
 * slow on purpose); each admission code is derived from the seed secret as API.md says, and stored as SHA-256.
 */
@Component
class LoadCandidates {

    record Loaded(int created, int codesChanged, int enrolled, int unenrolled) {
    }

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final SeedProperties properties;

    LoadCandidates(DataSource dataSource, JdbcClient jdbc, PasswordEncoder passwords, SeedProperties properties) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.properties = properties;
    }

    /** Candidate i of the group sits exam ((i - 1) mod k) of {@code examIds}. */
    @Transactional
    Loaded load(SeededCohort group, int count, List<Long> examIds) {
        jdbc.sql("""
                create temp table seed_candidate (username text primary key, code_hash text not null,
                                                  exam_id bigint not null) on commit drop""").update();
        copy(rows(group, count, examIds));
        int created = jdbc.sql("""
                        insert into app_user (username, display_name, email, role, password_hash, admission_code_hash)
                        select username, 'Candidate ' || substr(username, ? + 1), username || '@load.examday.test',
                               'CANDIDATE', ?, code_hash
                        from seed_candidate on conflict (username) do nothing""")
                .params(group.usernamePrefix().length(), passwords.encode(properties.candidatePassword())).update();
        // A changed seed secret changes every code; an unchanged one writes nothing.
        int codesChanged = jdbc.sql("""
                update app_user u set admission_code_hash = s.code_hash from seed_candidate s
                where u.username = s.username and u.admission_code_hash is distinct from s.code_hash""").update();
        // Seeded candidates sit only the exam this run gives them (a run with fewer candidates or exams shrinks).
        int unenrolled = jdbc.sql("""
                delete from enrolment n using app_user u, exam e
                where n.candidate_id = u.id and n.exam_id = e.id
                  and e.code ~ ? and u.username ~ ?
                  and not exists (select 1 from seed_candidate s where s.username = u.username and s.exam_id = e.id)""")
                .params(group.examCodePattern(), group.usernamePattern()).update();
        int enrolled = jdbc.sql("""
                insert into enrolment (exam_id, candidate_id)
                select s.exam_id, u.id from seed_candidate s join app_user u on u.username = s.username
                on conflict (exam_id, candidate_id) do nothing""").update();
        return new Loaded(created, codesChanged, enrolled, unenrolled);
    }

    private String rows(SeededCohort group, int count, List<Long> examIds) {
        StringBuilder csv = new StringBuilder(count * 96);
        for (int i = 1; i <= count; i++) {
            String username = group.username(i);
            csv.append(username).append(',')
                    .append(AdmissionCode.hash(AdmissionCode.derive(properties.secret(), username))).append(',')
                    .append(examIds.get((i - 1) % examIds.size())).append('\n');
        }
        return csv.toString();
    }

    private void copy(String csv) {
        try {
            var connection = DataSourceUtils.getConnection(dataSource).unwrap(PGConnection.class);
            connection.getCopyAPI().copyIn("copy seed_candidate (username, code_hash, exam_id) from stdin (format csv)",
                    new StringReader(csv));
        } catch (SQLException e) {
            throw new IllegalStateException("COPY of seeded candidates failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
