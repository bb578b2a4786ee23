# Examday: the user's verbs. `make load-10k` and `make test` are the two commands a fresh machine needs.
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

# A JDK 25+: JAVA_HOME when it is one, else the first found (simulations/bin/jdk25, shared with the scripts).
JAVA_HOME := $(shell simulations/bin/jdk25)
ifeq ($(JAVA_HOME),)
$(error No JDK 25 or newer found. Install one (e.g. Temurin 25) and set JAVA_HOME to it)
endif
export JAVA_HOME
export PATH := $(JAVA_HOME)/bin:$(PATH)
# Maven 3.8 on JDK 25 warns about sun.misc.Unsafe on every call; the warning is noise here.
export MAVEN_OPTS ?= --sun-misc-unsafe-memory-access=allow

MVN        ?= mvn -B -q
HARNESS_CP := simulations/target/harness.classpath
THRESHOLDS ?= thresholds/release.yaml
TARGET     ?=
CANDIDATES ?= 20000
EXAMS      ?= 3
QUESTIONS  ?= 40
REHEARSAL  ?= 0
SCENARIO   ?= smoke

.PHONY: help build run seed test smoke load-10k load-15k load-20k soak start-storm login-storm submit-storm chaos zero-downtime rolling-deploy gate-teeth \
        capacity profile report gate baseline ceiling docker-check stack clean

help: ## list the verbs
	@grep -E '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | expand -t 16

build: ## build the portal jar and the harness (no tests)
	$(MVN) -DskipTests package

run: build ## start the portal on http://127.0.0.1:8080 with the demo (embedded PostgreSQL/Redis unless EXAMDAY_DB_URL/EXAMDAY_REDIS_URL are set)
	java -jar "$$(simulations/bin/portal-jar)" --examday.seed.demo=true

seed: build ## load CANDIDATES candidates into EXAMS exams of QUESTIONS questions (and REHEARSAL rehearsal candidates)
	java -jar "$$(simulations/bin/portal-jar)" seed --candidates $(CANDIDATES) --exams $(EXAMS) --questions $(QUESTIONS) --rehearsal $(REHEARSAL) --reset

test: ## unit and integration tests on real PostgreSQL and Redis (embedded unless EXAMDAY_DB_URL/EXAMDAY_REDIS_URL are set) and a real Chromium
	@simulations/bin/browser-tools
	@status=0; $(MVN) verify || status=$$?; simulations/bin/browser-tools --after; exit $$status

smoke: build ## ~200 candidates, under 3 minutes: the CI run
	simulations/bin/load-run smoke

load-10k: build ## 10,000 concurrent candidates on one exam day, gated by THRESHOLDS
	simulations/bin/load-run exam-day-10k

load-15k: build ## 15,000 concurrent candidates
	simulations/bin/load-run exam-day-15k

load-20k: build ## 20,000 concurrent candidates (the origin plan's peak), one connection each, over 2 injector JVMs (INJECTORS)
	INJECTORS=$${INJECTORS:-2} simulations/bin/load-run exam-day-20k

soak: build ## a long, steady exam day
	simulations/bin/load-run soak

start-storm: build ## exam-day-10k's open in ~13 minutes: 10,000 candidates press Start within 45 s
	simulations/bin/load-run start-storm

login-storm: build ## everyone signs in again at once (sessions lost mid-exam)
	simulations/bin/load-run login-storm

submit-storm: build ## one shared close time: everyone submits together
	simulations/bin/load-run submit-storm

chaos: build ## a smoke-sized exam while Redis and PostgreSQL restart and the portal is killed, one at a time; gated by thresholds/chaos.yaml
	simulations/bin/chaos chaos

zero-downtime: build ## a smoke-sized exam through the stack while each web instance, then the worker, is drained and restarted in turn; gated by thresholds/zero-downtime.yaml (no failed request)
	simulations/bin/zero-downtime zero-downtime

rolling-deploy: build ## the same exam through the stack while web-1, web-2, then the worker is replaced by the next build (simulations/deploy/next-build.patch: stored forms changed); gated by thresholds/zero-downtime.yaml
	simulations/bin/zero-downtime rolling-deploy

gate-teeth: build ## proves the gate fails on the right threshold when a regression is switched on
	simulations/bin/gate-teeth

capacity: build ## the largest cohort of SCENARIO's shape that passes, stepping STEPS (default 2k 5k 10k 15k 20k) then bisecting: reports/capacity-*/index.html
	simulations/bin/capacity $(SCENARIO)

profile: build ## a load run of SCENARIO (default smoke) with the portal's CPU profile: reports/<run-id>/profile.html
	simulations/bin/profile $(SCENARIO)

report: ## rebuild a run's HTML report: make report RUN=reports/<run-id>
	@[ -n "$(RUN)" ] || { echo "Give RUN=reports/<run-id>"; exit 3; }
	java -cp "simulations/target/classes:$$(cat $(HARNESS_CP))" io.examday.harness.Harness report --run $(RUN)

gate: ## re-judge a run: make gate RUN=reports/<run-id> [THRESHOLDS=thresholds/release.yaml]
	@[ -n "$(RUN)" ] || { echo "Give RUN=reports/<run-id>"; exit 3; }
	simulations/bin/gate $(RUN) $(THRESHOLDS)

baseline: ## promote a run to its scenario's baseline: make baseline RUN=reports/<run-id>
	@[ -n "$(RUN)" ] || { echo "Give RUN=reports/<run-id>"; exit 3; }
	java -cp "simulations/target/classes:$$(cat $(HARNESS_CP))" io.examday.harness.Harness baseline --run $(RUN)

ceiling: build ## how fast this machine serves a static file, the lobby and a page read (wrk): the ceiling for a run's req/s
	simulations/bin/ceiling

stack: build ## the origin plan's topology here: Nginx (TLS) on https://127.0.0.1:8443 in front of two portal instances and a worker-only one, one PostgreSQL and Redis (Ctrl-C stops it)
	simulations/bin/stack

docker-check: ## validate what can be validated of docker/ without a Docker engine
	docker/check

clean: ## remove build output (run folders under reports/ stay)
	$(MVN) clean
