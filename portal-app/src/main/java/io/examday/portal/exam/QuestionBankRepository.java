package io.examday.portal.exam;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface QuestionBankRepository extends JpaRepository<QuestionBank, Long> {

    boolean existsByName(String name);

    List<QuestionBank> findAllByOrderByNameAsc();
}
