package io.examday.harness.sampling;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One Prometheus endpoint the sampler scrapes. A run against one portal has one, unnamed; a run against several
 * instances (the stack: two web instances and a worker) names each, and every sample scraped from it carries the
 * label {@code instance} with that name, so counters add up across instances while each keeps its own restarts.
 *
 * @param instance the instance's name, empty for a lone portal
 * @param uri      its Prometheus endpoint
 */
public record MetricsTarget(Optional<String> instance, URI uri) {

    public static final String INSTANCE_LABEL = "instance";
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,31}");

    /**
     * {@code URL}, or {@code name=URL,name=URL,…} for named instances.
     *
     * @throws IllegalArgumentException naming the part that is not a name and an http(s) URL
     */
    public static List<MetricsTarget> parse(String text) {
        if (!text.contains("=")) {
            return List.of(new MetricsTarget(Optional.empty(), url(text)));
        }
        List<MetricsTarget> targets = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (String part : text.split(",")) {
            int equals = part.indexOf('=');
            String name = equals < 0 ? "" : part.substring(0, equals).strip();
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("'" + part + "' is not name=URL (a name: lower-case letters, digits, '-')");
            }
            if (!names.add(name)) {
                throw new IllegalArgumentException("instance '" + name + "' is named twice");
            }
            targets.add(new MetricsTarget(Optional.of(name), url(part.substring(equals + 1).strip())));
        }
        return List.copyOf(targets);
    }

    private static URI url(String text) {
        URI uri;
        try {
            uri = URI.create(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not a URL");
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("'" + text + "' is not an http(s) URL with a host");
        }
        return uri;
    }

    /** The sample as this target's: labelled with the instance's name when it has one. */
    Sample own(Sample sample) {
        if (instance.isEmpty()) {
            return sample;
        }
        Map<String, String> labels = new HashMap<>(sample.labels());
        labels.put(INSTANCE_LABEL, instance.get());
        return new Sample(sample.name(), labels, sample.value());
    }

    /** How a message names it: the instance's name, else its URL. */
    String describe() {
        return instance.orElse(uri.toString());
    }
}
