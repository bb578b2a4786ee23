# The load harness as an image, for a cluster run (docker/k8s): the project built on JDK 25, with every artifact the
# build and Gatling need already in the image's own Maven repository, run as a non-root user. Built from the
# project's root: docker build -f docker/k8s/harness.Dockerfile -t examday/harness .
FROM maven:3.9-eclipse-temurin-25
RUN useradd --system --uid 10001 examday
WORKDIR /examday
ENV MAVEN_ARGS="-Dmaven.repo.local=/examday/.m2" \
    MAVEN_OPTS="--sun-misc-unsafe-memory-access=allow"
COPY pom.xml .
COPY portal-app portal-app
COPY simulations simulations
COPY scenarios scenarios
COPY thresholds thresholds
# The Gatling goal, skipped, resolves the plugin and its dependencies now rather than in every pod.
RUN mvn -B -q -DskipTests package \
    && mvn -B -q -pl simulations -Dgatling.skip gatling:test \
    && mkdir reports && chown -R examday /examday
USER examday
ENTRYPOINT ["/examday/simulations/bin/cluster-injector"]
