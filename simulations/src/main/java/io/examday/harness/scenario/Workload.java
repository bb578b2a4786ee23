package io.examday.harness.scenario;

/** Which simulation a scenario file is written for; each simulation refuses files of another workload. */
public enum Workload {
    /** A whole exam day: sign-in window, start storm, the calm middle, submit storm, results. */
    COHORT("cohort", "ExamDaySimulation"),
    /** A cohort whose sessions are all lost mid-exam, so everyone signs in again at once. */
    LOGIN_STORM("login-storm", "LoginStormSimulation"),
    /** A cohort sharing one close time, most of whom ride the deadline. */
    SUBMIT_STORM("submit-storm", "SubmitStormSimulation"),
    /** A whole exam day during which Redis and PostgreSQL are restarted and the portal killed, one at a time. */
    CHAOS("chaos", "ChaosSimulation");

    private final String word;
    private final String simulation;

    Workload(String word, String simulation) {
        this.word = word;
        this.simulation = simulation;
    }

    /** The Gatling simulation class that plays this workload. */
    public String simulationClass() {
        return "io.examday.harness.simulation." + simulation;
    }

    /** The word a scenario file uses for it. */
    public String word() {
        return word;
    }
}
