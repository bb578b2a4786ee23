package io.examday.portal.enrolment;

/** What a candidate is handed to sign in to one exam: printed once, as the code is stored only as a hash. */
record AdmissionLetter(String username, String displayName, String email, String examCode, String examTitle,
                       String admissionCode) {
}
