package io.examday.harness.profile;

/** Class names as a Java developer writes them: {@code [B} is {@code byte[]}, {@code [Ljava.lang.String;} is {@code java.lang.String[]}. */
final class TypeNames {

    private TypeNames() {}

    static String readable(String name) {
        if (name == null) {
            return "(unknown)";
        }
        int dims = 0;
        while (dims < name.length() && name.charAt(dims) == '[') {
            dims++;
        }
        if (dims == 0) {
            return name;
        }
        String element = switch (name.substring(dims)) {
            case "B" -> "byte";
            case "C" -> "char";
            case "S" -> "short";
            case "I" -> "int";
            case "J" -> "long";
            case "F" -> "float";
            case "D" -> "double";
            case "Z" -> "boolean";
            case String ref when ref.startsWith("L") && ref.endsWith(";") -> ref.substring(1, ref.length() - 1);
            case String other -> other;
        };
        return element + "[]".repeat(dims);
    }

    /** {@code class.method} without the class's package, for a label that must be short. */
    static String simple(String classDotMethod) {
        int lastDot = classDotMethod.lastIndexOf('.');
        int classDot = lastDot < 0 ? -1 : classDotMethod.lastIndexOf('.', lastDot - 1);
        return classDot < 0 ? classDotMethod : classDotMethod.substring(classDot + 1);
    }
}
