package io.examday.portal.exam;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/**
 * Question rows written in JDBC batches (an import may hold thousands) and linked to exams by position.
 * Question rows are never updated: a published exam may share them with a bank, so they must not change.
 */
@Component
class QuestionStore {

    private static final TypeReference<List<String>> OPTIONS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    QuestionStore(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** Inserts the questions and returns their ids, in order. {@code bankId} is null for an exam's own questions. */
    List<Long> insert(Long bankId, List<NewQuestion> questions) {
        // Ids first, in one statement, so the batch insert needs no generated keys back.
        List<Long> ids = jdbc.sql("select nextval('question_id_seq') from generate_series(1, ?)")
                .param(questions.size()).query(Long.class).list();
        batches.batchUpdate("""
                insert into question (id, bank_id, kind, prompt, options, answer_key, tolerance, points)
                values (?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?)""", new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                NewQuestion q = questions.get(i);
                ps.setLong(1, ids.get(i));
                ps.setObject(2, bankId, Types.BIGINT);
                ps.setString(3, q.kind().name());
                ps.setString(4, q.prompt());
                ps.setString(5, q.optionsJson());
                ps.setString(6, q.answerKey());
                ps.setObject(7, q.tolerance(), Types.DOUBLE);
                ps.setInt(8, q.points());
            }

            @Override
            public int getBatchSize() {
                return questions.size();
            }
        });
        return ids;
    }

    /** Appends the questions to the exam after its last one. The caller holds the exam's row lock. */
    void append(long examId, List<Long> questionIds) {
        int next = jdbc.sql("select coalesce(max(position) + 1, 0) from exam_question where exam_id = ?")
                .param(examId).query(Integer.class).single();
        batches.batchUpdate("insert into exam_question (exam_id, position, question_id) values (?, ?, ?)",
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws SQLException {
                        ps.setLong(1, examId);
                        ps.setInt(2, next + i);
                        ps.setLong(3, questionIds.get(i));
                    }

                    @Override
                    public int getBatchSize() {
                        return questionIds.size();
                    }
                });
    }

    /** Those of {@code questionIds} that belong to the bank. */
    List<Long> inBank(long bankId, List<Long> questionIds) {
        return jdbc.sql("select id from question where bank_id = ? and id = any(?::bigint[])")
                .params(bankId, questionIds.toArray(Long[]::new))
                .query(Long.class).list();
    }

    List<AuthoredQuestion> ofExam(long examId) {
        return jdbc.sql("""
                        select q.id, eq.position + 1 as number, q.kind, q.prompt, q.options::text as options,
                               q.answer_key::text as answer_key, q.tolerance, q.points
                        from exam_question eq join question q on q.id = eq.question_id
                        where eq.exam_id = ? order by eq.position""")
                .param(examId).query(this::authored).list();
    }

    List<AuthoredQuestion> ofBank(long bankId) {
        return jdbc.sql("""
                        select q.id, row_number() over (order by q.id) as number, q.kind, q.prompt,
                               q.options::text as options, q.answer_key::text as answer_key, q.tolerance, q.points
                        from question q where q.bank_id = ? order by q.id""")
                .param(bankId).query(this::authored).list();
    }

    /** Deletes an exam's own questions (not bank questions, which other exams may share). */
    void deleteOwn(long examId) {
        jdbc.sql("""
                        with unlinked as (delete from exam_question where exam_id = ? returning question_id)
                        delete from question where bank_id is null and id in (select question_id from unlinked)""")
                .param(examId).update();
    }

    private AuthoredQuestion authored(ResultSet rs, int row) throws SQLException {
        double tolerance = rs.getDouble("tolerance");
        Double maybeTolerance = rs.wasNull() ? null : tolerance;
        return new AuthoredQuestion(rs.getLong("id"), rs.getInt("number"), QuestionKind.valueOf(rs.getString("kind")),
                rs.getString("prompt"), JsonMapper.shared().readValue(rs.getString("options"), OPTIONS),
                rs.getString("answer_key"), maybeTolerance, rs.getInt("points"));
    }
}
