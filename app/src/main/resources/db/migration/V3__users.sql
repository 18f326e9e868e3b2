-- Spring Security's JdbcUserDetailsManager schema, adapted to PostgreSQL.
CREATE TABLE users (
    username VARCHAR(64)  NOT NULL PRIMARY KEY,
    password VARCHAR(500) NOT NULL,
    enabled  BOOLEAN      NOT NULL
);

CREATE TABLE authorities (
    username  VARCHAR(64) NOT NULL REFERENCES users (username),
    authority VARCHAR(64) NOT NULL,
    CONSTRAINT authorities_username_authority_key UNIQUE (username, authority)
);
