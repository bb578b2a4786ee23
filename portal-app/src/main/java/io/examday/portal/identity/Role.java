package io.examday.portal.identity;

/** What a signed-in person may do. ADMIN includes AUTHOR and PROCTOR. */
public enum Role {
    CANDIDATE, AUTHOR, PROCTOR, ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
