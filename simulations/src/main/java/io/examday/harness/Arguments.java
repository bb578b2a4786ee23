package io.examday.harness;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code --name value} pairs after a subcommand; anything else is a usage error. */
record Arguments(Map<String, String> values) {

    static Arguments parse(List<String> args, Set<String> allowed) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.size(); i += 2) {
            String name = args.get(i);
            if (!name.startsWith("--") || !allowed.contains(name.substring(2))) {
                throw new UsageError("unknown option " + name);
            }
            if (i + 1 >= args.size()) {
                throw new UsageError(name + " needs a value");
            }
            values.put(name.substring(2), args.get(i + 1));
        }
        return new Arguments(values);
    }

    String required(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new UsageError("--" + name + " is required");
        }
        return value;
    }

    Optional<String> optional(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** Wrong arguments: usage is printed and the process exits 3. */
    static final class UsageError extends RuntimeException {
        UsageError(String message) {
            super(message);
        }
    }
}
