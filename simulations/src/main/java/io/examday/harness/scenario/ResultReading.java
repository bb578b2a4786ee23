package io.examday.harness.scenario;

import java.time.Duration;

/**
 * After submitting, {@code fraction} of candidates open their result {@code delay} later and reload it every
 * {@code pollPeriod} while it is pending, at most {@code maxPolls} times; {@code pdfFraction} of those who see it
 * graded download the PDF.
 */
public record ResultReading(double fraction, Duration delay, Duration pollPeriod, int maxPolls, double pdfFraction) {}
