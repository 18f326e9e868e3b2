# Builds the server jar from this repository and runs it on a JRE.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /app
RUN useradd --system --home /app ledger && mkdir -p /app/data && chown ledger /app/data
COPY --from=build /src/app/target/trade-ledger.jar /app/trade-ledger.jar
USER ledger
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/trade-ledger.jar"]
